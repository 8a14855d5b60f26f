package io.gatehouse.pii;

import io.gatehouse.http.AuditNote;
import io.gatehouse.http.Call;
import io.gatehouse.http.ProblemException;
import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.Gatehouse;
import io.gatehouse.platform.SecretStoreUnavailableException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the PII and reasoning routes share: input rules, the tenant's hash key, audit counts. */
public final class PiiRequests {

    private static final Logger LOG = Logger.getLogger(PiiRequests.class.getName());

    private PiiRequests() {}

    /** A text to analyse or mask: required, at most {@link PolicyLimits#MAX_TEXT_CHARS} (413 beyond). */
    public static String text(String text) {
        if (text == null) {
            throw ProblemException.unprocessable("text is required.");
        }
        if (text.length() > PolicyLimits.MAX_TEXT_CHARS) {
            throw new ProblemException(413, "text is longer than " + PolicyLimits.MAX_TEXT_CHARS + " characters.");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw ProblemException.unprocessable("text contains a NUL character.");
        }
        return text;
    }

    /** The caller's tenant key for the hash operator, derived only if a finding needs it. */
    public static Supplier<PseudonymKey> hashKey(Call call) {
        return () -> {
            try {
                return PseudonymKey.forTenant(Gatehouse.app().secrets(), call.customerId());
            } catch (ConfigurationException missing) {
                // the operator's problem, not the caller's: 503, and nothing masked a weaker way
                throw new ProblemException(503, "Pseudonymisation is not configured on this service.");
            } catch (SecretStoreUnavailableException unreachable) {
                LOG.log(Level.WARNING, "the PII hash key could not be read", unreachable);
                throw new ProblemException(503, "The service is temporarily unavailable.");
            }
        };
    }

    /**
     * Counts per type and the policy version, for the route's audit event: numbers only, never a
     * value. Built-in types each get their camelCase key ({@code usSsn}); custom types are summed
     * under {@code customPatterns} (their names are the tenant's, and an event has few details).
     */
    public static void audit(AuditNote audit, int policyVersion, Map<String, Integer> counts) {
        audit.detail("policyVersion", policyVersion);
        int total = 0;
        int custom = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            total += count.getValue();
            if (EntityType.named(count.getKey()).isPresent()) {
                audit.detail(EntityType.auditKey(count.getKey()), count.getValue());
            } else {
                custom += count.getValue();
            }
        }
        if (custom > 0) {
            audit.detail("customPatterns", custom);
        }
        audit.detail("findings", total);
    }
}
