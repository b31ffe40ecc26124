package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.voice.ServiceUserVoice;

/**
 * Service user voice: the interview records of the domain-two cases by outcome, the cases with no record (counted,
 * not named), and the meetings with a service user forum (date, forum and attendance; never the notes).
 *
 * @param domainTwoCases the cases in the domain-two sample
 * @param interviewed the domain-two cases with an interview done
 * @param interviewedShare their share, such as {@code 40.0%}, or {@code n/a}
 * @param outcomes the interview records per outcome, every outcome, then the cases with no record
 * @param forums the forum meetings, by date
 * @param themes the coded themes the interviews raised, with the number of interviews raising each
 * @param noForum how it was established that no forum or equivalent exists, if recorded; empty otherwise
 */
record VoiceSection(int domainTwoCases, int interviewed, String interviewedShare, List<Count> outcomes,
    List<Forum> forums, List<Count> themes, String noForum) {

  /** One line of the interview table: an outcome and its count. */
  record Count(String label, int count) {}

  /** One forum meeting. */
  record Forum(String date, String forum, String attendees) {}

  static VoiceSection of(Inspection inspection) {
    ServiceUserVoice v = ServiceUserVoice.of(inspection);
    List<Count> outcomes = new ArrayList<>();
    for (InterviewOutcome o : List.of(InterviewOutcome.DONE, InterviewOutcome.DECLINED, InterviewOutcome.UNREACHABLE,
        InterviewOutcome.OFFERED)) {
      outcomes.add(new Count(Labels.of(o), v.outcomeCount(o)));
    }
    outcomes.add(new Count("No record", v.casesWithoutInterviewRecord().size()));
    List<Forum> forums = new ArrayList<>();
    inspection.forumMeetings().stream()
        .sorted(java.util.Comparator.comparing(ServiceUserForumMeeting::date))
        .forEach(m -> forums.add(new Forum(m.date().toString(), m.forum(),
            m.attendees().isPresent() ? Integer.toString(m.attendees().getAsInt()) : "not recorded")));
    return new VoiceSection(
        v.domainTwoCases(),
        v.interviewedCases(),
        v.interviewedShare().isPresent()
            ? String.format(Locale.ROOT, "%.1f%%", v.interviewedShare().getAsDouble() * 100)
            : "n/a",
        List.copyOf(outcomes),
        List.copyOf(forums),
        v.themeCounts().entrySet().stream()
            .map(e -> new Count(Labels.sentence(e.getKey().code().replace('-', '_').toUpperCase(Locale.ROOT)),
                e.getValue()))
            .toList(),
        v.noForumEstablishedBy().map(f -> Labels.sentence(f.name())).orElse(""));
  }
}
