package org.inspectionkit.json;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.testkit.consistency.ConsistencyInvariants;
import org.inspectionkit.testkit.rating.RatingInvariants;
import org.junit.jupiter.api.Nested;

/**
 * The testkit's rating and consistency invariants run against every built-in framework with the built-in policy
 * for it, through this module's document round trip: probation 2018-19 and 2019-20 (a CRC and an NPS division)
 * with {@link RatingPolicy#probation()}, and youth 2018 with {@link RatingPolicy#youth()}, each with the built-in
 * check set for its framework.
 */
class BuiltInPolicyInvariantsTest {

  private static final InspectionJson JSON = InspectionJson.standard();

  private static Optional<UnaryOperator<Inspection>> roundTrip() {
    return Optional.of(i -> JSON.read(JSON.write(i), Inspection.class));
  }

  /** The rating invariants of one built-in framework, type and policy. */
  abstract static class BuiltIn extends RatingInvariants {
    private final Framework framework;
    private final ProviderType type;
    private final RatingPolicy policy;

    BuiltIn(String framework, ProviderType type, RatingPolicy policy) {
      this.framework = Frameworks.load(framework);
      this.type = type;
      this.policy = policy;
    }

    @Override
    protected Framework framework() {
      return framework;
    }

    @Override
    protected ProviderType providerType() {
      return type;
    }

    @Override
    protected RatingPolicy policy() {
      return policy;
    }

    @Override
    protected Optional<UnaryOperator<Inspection>> documentRoundTrip() {
      return roundTrip();
    }
  }

  /** The consistency invariants of one built-in framework and type, with its built-in check set. */
  abstract static class BuiltInChecks extends ConsistencyInvariants {
    private final Framework framework;
    private final ProviderType type;
    private final RatingPolicy policy;

    BuiltInChecks(String framework, ProviderType type, RatingPolicy policy) {
      this.framework = Frameworks.load(framework);
      this.type = type;
      this.policy = policy;
    }

    @Override
    protected Framework framework() {
      return framework;
    }

    @Override
    protected ProviderType providerType() {
      return type;
    }

    @Override
    protected RatingPolicy ratingPolicy() {
      return policy;
    }
  }

  @Nested
  class Probation2018ForACrc extends BuiltIn {
    Probation2018ForACrc() {
      super("probation-2018-19", ProviderType.CRC, RatingPolicy.probation());
    }
  }

  @Nested
  class Probation2019ForACrc extends BuiltIn {
    Probation2019ForACrc() {
      super("probation-2019-20", ProviderType.CRC, RatingPolicy.probation());
    }
  }

  @Nested
  class Probation2019ForAnNpsDivision extends BuiltIn {
    Probation2019ForAnNpsDivision() {
      super("probation-2019-20", ProviderType.NPS_DIVISION, RatingPolicy.probation());
    }
  }

  @Nested
  class Youth2018 extends BuiltIn {
    Youth2018() {
      super("youth-2018", ProviderType.YOUTH_OFFENDING_SERVICE, RatingPolicy.youth());
    }
  }

  @Nested
  class Probation2018Checks extends BuiltInChecks {
    Probation2018Checks() {
      super("probation-2018-19", ProviderType.CRC, RatingPolicy.probation());
    }
  }

  @Nested
  class Probation2019Checks extends BuiltInChecks {
    Probation2019Checks() {
      super("probation-2019-20", ProviderType.NPS_DIVISION, RatingPolicy.probation());
    }
  }

  @Nested
  class Youth2018Checks extends BuiltInChecks {
    Youth2018Checks() {
      super("youth-2018", ProviderType.YOUTH_OFFENDING_SERVICE, RatingPolicy.youth());
    }
  }
}
