package org.inspectionkit.rules.voice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;

/**
 * The service user voice coverage of one inspection: how many of its domain-two cases had an interview done with
 * their service user, what happened to the interview records, which domain-two cases have no record, and how many
 * service user forum meetings were held.
 *
 * <p>The figures are about the domain-two sample, the cases whose service users the 2019-20 method interviews. A
 * case may have more than one interview record (offered, then done): {@link #interviewedCases()} counts cases with
 * at least one {@link InterviewOutcome#DONE} record, while {@link #outcomeCounts()} counts records. Interview
 * records for cases outside the domain-two sample are not counted but listed in
 * {@link #interviewsOutsideDomainTwo()}, for a checker to query. A 2018-19 inspection, which did not interview,
 * simply has no records.
 *
 * <p>Immutable and thread-safe; holds case references only.
 */
@Value.Immutable
public abstract class ServiceUserVoice {

  ServiceUserVoice() {}

  /**
   * The inspection the figures are for.
   *
   * @return the inspection's id
   */
  public abstract InspectionId inspection();

  /**
   * The number of cases in the inspection's domain-two sample.
   *
   * @return the number of domain-two cases
   */
  public abstract int domainTwoCases();

  /**
   * The number of domain-two cases with at least one interview done.
   *
   * @return the number of cases interviewed
   */
  public abstract int interviewedCases();

  /**
   * The interview records of domain-two cases per outcome, every outcome present (zero if none), in the outcome's
   * order.
   *
   * @return the counts
   */
  @Value.NaturalOrder
  public abstract NavigableMap<InterviewOutcome, Integer> outcomeCounts();

  /**
   * The domain-two cases with no interview record at all, sorted.
   *
   * @return the case references
   */
  public abstract List<CaseRef> casesWithoutInterviewRecord();

  /**
   * The cases outside the domain-two sample that have interview records, sorted.
   *
   * @return the case references
   */
  public abstract List<CaseRef> interviewsOutsideDomainTwo();

  /**
   * The number of meetings with a service user forum, or its equivalent.
   *
   * @return the number of meetings
   */
  public abstract int forumMeetings();

  /**
   * How the inspection established that the area has no service user forum or equivalent, if it records that.
   *
   * @return the enquiry
   */
  public abstract java.util.Optional<org.inspectionkit.model.casework.ForumEnquiry> noForumEstablishedBy();

  /**
   * For each coded theme, the number of domain-two interviews that took place and raised it, in code order; themes
   * no interview raised are left out.
   *
   * @return the counts
   */
  @Value.NaturalOrder
  public abstract NavigableMap<org.inspectionkit.model.casework.InterviewTheme, Integer> themeCounts();

  /**
   * Whether the inspection met a service user forum, or recorded that none (nor any equivalent) exists: what the
   * 2019-20 method asks ("we will also meet with service user fora or the equivalent where one exists").
   *
   * @return true if the forum requirement is accounted for
   */
  public boolean forumAccountedFor() {
    return hasForumMeeting() || noForumEstablishedBy().isPresent();
  }

  /**
   * The share of domain-two cases with an interview done: {@link #interviewedCases()} over
   * {@link #domainTwoCases()}.
   *
   * @return the share from 0 to 1; empty if the inspection has no domain-two case
   */
  public OptionalDouble interviewedShare() {
    return domainTwoCases() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) interviewedCases() / domainTwoCases());
  }

  /**
   * The number of domain-two interview records with one outcome.
   *
   * @param outcome the outcome
   * @return the count
   */
  public int outcomeCount(InterviewOutcome outcome) {
    return outcomeCounts().getOrDefault(outcome, 0);
  }

  /**
   * Whether at least one service user forum meeting was held.
   *
   * @return true if there was a meeting
   */
  public boolean hasForumMeeting() {
    return forumMeetings() > 0;
  }

  /**
   * The coverage figures of an inspection.
   *
   * @param inspection the inspection
   * @return the figures
   */
  public static ServiceUserVoice of(Inspection inspection) {
    Set<CaseRef> domainTwo = new HashSet<>();
    for (InspectedCase c : inspection.cases()) {
      if (c.sample().equals(SampleKind.DOMAIN_TWO)) {
        domainTwo.add(c.ref());
      }
    }
    NavigableMap<InterviewOutcome, Integer> counts = new TreeMap<>();
    for (InterviewOutcome o : InterviewOutcome.values()) {
      counts.put(o, 0);
    }
    Set<CaseRef> withRecord = new HashSet<>();
    Set<CaseRef> done = new HashSet<>();
    TreeSet<CaseRef> outside = new TreeSet<>();
    NavigableMap<org.inspectionkit.model.casework.InterviewTheme, Integer> themes = new TreeMap<>();
    for (ServiceUserInterview i : inspection.interviews()) {
      if (!domainTwo.contains(i.caseRef())) {
        outside.add(i.caseRef());
        continue;
      }
      withRecord.add(i.caseRef());
      counts.merge(i.outcome(), 1, Integer::sum);
      if (i.outcome() == InterviewOutcome.DONE) {
        done.add(i.caseRef());
        i.themes().forEach(t -> themes.merge(t, 1, Integer::sum));
      }
    }
    List<CaseRef> without = new ArrayList<>(new TreeSet<>(domainTwo));
    without.removeAll(withRecord);
    return ImmutableServiceUserVoice.builder()
        .inspection(inspection.id())
        .domainTwoCases(domainTwo.size())
        .interviewedCases(done.size())
        .outcomeCounts(counts)
        .casesWithoutInterviewRecord(without)
        .interviewsOutsideDomainTwo(outside)
        .forumMeetings(inspection.forumMeetings().size())
        .noForumEstablishedBy(inspection.noServiceUserForum().map(n -> n.establishedBy()))
        .themeCounts(themes)
        .build();
  }
}
