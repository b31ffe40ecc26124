package org.inspectionkit.json.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.inspection.Inspection;

/**
 * One element of an inspection's {@code cases}: an inspected case and, when it has been assessed, its assessment,
 * flattened into one JSON object on the wire. While reading, a case with problems is kept as its reference alone
 * ({@link #isRead()} false), so that the inspection can still check its references to cases.
 *
 * @param ref the case reference, or {@code null} if it could not be read
 * @param inspectedCase the case, or {@code null} if it has problems
 * @param assessment its assessment, or {@code null}
 */
record CaseEntry(CaseRef ref, InspectedCase inspectedCase, CaseAssessment assessment) {

  /** The cases of {@code inspection} joined with their assessments, each made only when it is written. */
  static List<CaseEntry> of(Inspection inspection) {
    return new Joined(inspection);
  }

  /** Whether the case was read without problems. */
  boolean isRead() {
    return inspectedCase != null;
  }

  static CaseEntry assemble(Parts parts, Input in, String path, boolean hadProblems) {
    CaseEntry read =
        hadProblems
            ? null
            : ObjectCodec.built(in, path, () -> {
              InspectedCase c = parts.inspectedCase.build();
              CaseAssessment a = parts.assessment == null ? null : parts.assessment.caseRef(c.ref()).build();
              return new CaseEntry(c.ref(), c, a);
            });
    return read != null ? read : new CaseEntry(parts.ref, null, null);
  }

  private static final class Joined extends AbstractList<CaseEntry> implements RandomAccess {
    private final Inspection inspection;

    Joined(Inspection inspection) {
      this.inspection = inspection;
    }

    @Override
    public CaseEntry get(int index) {
      InspectedCase c = inspection.cases().get(index);
      return new CaseEntry(c.ref(), c, inspection.assessment(c.ref()).orElse(null));
    }

    @Override
    public int size() {
      return inspection.cases().size();
    }
  }

  /** The parts of a case while it is read: the case's builder and, once a member asks for it, the assessment's. */
  static final class Parts {
    final InspectedCase.Builder inspectedCase = InspectedCase.builder();
    private CaseRef ref;
    private CaseAssessment.Builder assessment;

    void ref(CaseRef ref) {
      this.ref = ref;
      inspectedCase.ref(ref);
    }

    CaseAssessment.Builder assessment() {
      if (assessment == null) {
        assessment = CaseAssessment.builder();
      }
      return assessment;
    }
  }
}
