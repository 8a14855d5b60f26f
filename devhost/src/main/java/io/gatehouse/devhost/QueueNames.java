package io.gatehouse.devhost;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The Storage service's queue-naming rules and the host's poison-queue convention. */
final class QueueNames {

    static final String POISON_SUFFIX = "-poison";

    private static final int MAX_LENGTH = 63;

    /**
     * 3 to 63 lower-case letters, digits and single dashes, starting and ending with a letter or
     * digit.
     */
    private static final Pattern VALID = Pattern.compile("[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]");

    private QueueNames() {}

    /**
     * The host lower-cases the declared name before using it; a name still invalid after that is
     * refused.
     */
    static String normalize(String declared) {
        String name = declared.toLowerCase(Locale.ROOT);
        if (!VALID.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "\""
                            + declared
                            + "\" is not a valid queue name (3-63 lower-case "
                            + "letters, digits and single dashes, starting and ending with a letter or digit)");
        }
        return name;
    }

    /**
     * The queue that failing messages of {@code queueName} end in. Like the host, a queue that is
     * itself a poison queue, or whose name leaves no room for the suffix, has none.
     */
    static Optional<String> poisonQueueFor(String queueName) {
        if (queueName.endsWith(POISON_SUFFIX)
                || queueName.length() + POISON_SUFFIX.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(queueName + POISON_SUFFIX);
    }
}
