package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every built-in type has its detector, and each detector reports the type it is registered for.
 */
class BuiltInDetectorsTest {

    @Test
    void everyTypeHasADetectorOfItsOwnName() {
        for (EntityType type : EntityType.values()) {
            assertThat(BuiltInDetectors.of(type)).as(type.name()).isNotNull();
            assertThat(BuiltInDetectors.of(type).type()).isEqualTo(type.name());
        }
    }

    @Test
    void theDefaultPolicyEnablesEveryTypeThatIsOnByDefault() {
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        for (EntityType type : EntityType.values()) {
            assertThat(policy.rules().containsKey(type.name()))
                    .as(type.name())
                    .isEqualTo(type.onByDefault());
        }
    }
}
