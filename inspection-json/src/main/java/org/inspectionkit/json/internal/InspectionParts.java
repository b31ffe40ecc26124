package org.inspectionkit.json.internal;

import java.util.List;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkOutcomes;
import org.inspectionkit.model.casework.NoServiceUserForum;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;

/**
 * The members of an inspection as read, before the inspection is checked and built. A member with problems is
 * {@code null}; so is a list element with problems (the others keep their positions, and so their paths).
 */
final class InspectionParts {
  InspectionId id;
  FrameworkId frameworkId;
  Cycle cycle;
  InspectionStatus status;
  Provider provider;
  FieldworkPeriod fieldwork;
  InspectionId previousInspection;
  List<StandardJudgement> judgements = List.of();
  List<RatingOverride> overrides = List.of();
  List<QualitativeAdjustment> qualitativeAdjustments = List.of();
  UnpaidWorkOutcomes unpaidWorkOutcomes;
  List<Recommendation> recommendations = List.of();
  List<ProgressAssessment> progressAssessments = List.of();
  List<EvidenceSubmission> evidenceSubmissions = List.of();
  List<UnpaidWorkEvidence> unpaidWorkEvidence = List.of();
  List<ServiceUserForumMeeting> forumMeetings = List.of();
  NoServiceUserForum noServiceUserForum;
  List<ServiceUserInterview> interviews = List.of();
  List<CaseEntry> cases = List.of();
}
