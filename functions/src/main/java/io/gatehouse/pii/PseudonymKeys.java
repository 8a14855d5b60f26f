package io.gatehouse.pii;

import io.gatehouse.http.Call;
import io.gatehouse.http.ProblemException;
import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.SecretStoreUnavailableException;
import io.gatehouse.platform.Secrets;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the PII and reasoning routes get the caller's tenant key for the hash operator: from the
 * app's secret store, which the composition root hands in. A missing or unreachable key is a 503,
 * never a weaker masking.
 */
public final class PseudonymKeys {

    private static final Logger LOG = LoggerFactory.getLogger(PseudonymKeys.class);

    private final Secrets secrets;

    public PseudonymKeys(Secrets secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /** The caller's tenant key, derived only if a finding needs it. */
    public Supplier<PseudonymKey> forCaller(Call call) {
        return () -> {
            try {
                return PseudonymKey.forTenant(secrets, call.customerId());
            } catch (ConfigurationException missing) {
                // the operator's problem, not the caller's: 503, and nothing masked a weaker way
                throw new ProblemException(
                        503, "Pseudonymisation is not configured on this service.");
            } catch (SecretStoreUnavailableException unreachable) {
                LOG.warn("the PII hash key could not be read", unreachable);
                throw new ProblemException(503, "The service is temporarily unavailable.");
            }
        };
    }
}
