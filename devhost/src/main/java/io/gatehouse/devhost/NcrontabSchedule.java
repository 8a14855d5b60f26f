package io.gatehouse.devhost;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An NCRONTAB expression as the Functions host reads a timer's {@code schedule}: six fields, {@code
 * second minute hour day month day-of-week}, evaluated in UTC. Each field is a comma-separated list
 * of <code>*</code>, <code>n</code>, <code>a-b</code>, <code>*&#47;n</code> or <code>a-b/n</code>;
 * day-of-week runs 0-6 with 0 = Sunday. As in NCrontab, a time matches only when every field
 * matches, day and day-of-week included (classic cron fires when either day field matches).
 * Anything else (names such as MON or JAN, {@code ?}, {@code L}, {@code W}, {@code #}, five-field
 * expressions) is refused rather than guessed at.
 *
 * <p>Each field is a bit mask over its values (all fit in a {@code long}); bit {@code v} set means
 * value {@code v} matches.
 */
record NcrontabSchedule(
        String expression,
        long seconds,
        long minutes,
        long hours,
        long days,
        long months,
        long daysOfWeek)
        implements TimerSchedule {

    /**
     * How far {@link #next} looks before concluding the schedule never fires. 29 February on a
     * given weekday can be 40 years away (no leap day in 2100); anything not found in 50 years is
     * an impossible date.
     */
    private static final int SEARCH_YEARS = 50;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final String SYNTAX = "use *, n, a-b, a,b, */n or a-b/n";

    private enum Field {
        SECOND("second", 0, 59),
        MINUTE("minute", 0, 59),
        HOUR("hour", 0, 23),
        DAY("day", 1, 31),
        MONTH("month", 1, 12),
        DAY_OF_WEEK("day-of-week", 0, 6);

        final String label;
        final int min;
        final int max;

        Field(String label, int min, int max) {
            this.label = label;
            this.min = min;
            this.max = max;
        }
    }

    /**
     * @throws IllegalArgumentException saying which field is wrong and what is supported
     */
    static NcrontabSchedule parse(String expression) {
        String[] fields = expression.strip().split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException(
                    "schedule '"
                            + expression
                            + "' must have six fields (second minute "
                            + "hour day month day-of-week), found "
                            + (expression.isBlank() ? 0 : fields.length));
        }
        try {
            return new NcrontabSchedule(
                    expression,
                    mask(Field.SECOND, fields[0]),
                    mask(Field.MINUTE, fields[1]),
                    mask(Field.HOUR, fields[2]),
                    mask(Field.DAY, fields[3]),
                    mask(Field.MONTH, fields[4]),
                    mask(Field.DAY_OF_WEEK, fields[5]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "schedule '" + expression + "': " + e.getMessage(), e);
        }
    }

    /** Whether the schedule fires at this second (UTC); the fraction of a second is ignored. */
    boolean matches(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return has(months, t.getMonthValue())
                && dayMatches(t)
                && has(hours, t.getHour())
                && has(minutes, t.getMinute())
                && has(seconds, t.getSecond());
    }

    /**
     * Walks forward field by field, largest first: a month that does not match skips to the next
     * month, a day to the next day, and so on, so even a yearly schedule is found in a few hundred
     * steps.
     */
    @Override
    public Optional<Instant> next(Instant after) {
        LocalDateTime t =
                LocalDateTime.ofInstant(after, ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .plusSeconds(1);
        LocalDateTime giveUp = t.plusYears(SEARCH_YEARS);
        while (t.isBefore(giveUp)) {
            if (!has(months, t.getMonthValue())) {
                t = t.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!dayMatches(t)) {
                t = t.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!has(hours, t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!has(minutes, t.getMinute())) {
                t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!has(seconds, t.getSecond())) {
                t = t.plusSeconds(1);
            } else {
                return Optional.of(t.toInstant(ZoneOffset.UTC));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean adjustsForDst() {
        return true;
    }

    private boolean dayMatches(LocalDateTime t) {
        // java.time numbers Monday 1 to Sunday 7; NCRONTAB numbers Sunday 0 to Saturday 6.
        return has(days, t.getDayOfMonth()) && has(daysOfWeek, t.getDayOfWeek().getValue() % 7);
    }

    private static boolean has(long mask, int value) {
        return (mask & (1L << value)) != 0;
    }

    private static long mask(Field field, String text) {
        long mask = 0;
        for (String part : text.split(",", -1)) {
            mask |= partMask(field, part);
        }
        return mask;
    }

    private static long partMask(Field field, String part) {
        String range = part;
        int step = 1;
        int slash = part.indexOf('/');
        if (slash >= 0) {
            range = part.substring(0, slash);
            if (!range.equals("*") && !range.contains("-")) {
                throw refused(field, part, "a step applies to * or a range a-b");
            }
            step = number(field, part, part.substring(slash + 1));
            if (step < 1) {
                throw refused(field, part, "a step must be at least 1");
            }
        }
        int low;
        int high;
        if (range.equals("*")) {
            low = field.min;
            high = field.max;
        } else {
            int dash = range.indexOf('-');
            low = number(field, part, dash < 0 ? range : range.substring(0, dash));
            high = dash < 0 ? low : number(field, part, range.substring(dash + 1));
            if (low < field.min || high > field.max) {
                throw refused(field, part, "values run from " + field.min + " to " + field.max);
            }
            if (low > high) {
                throw refused(field, part, "a range must run from low to high");
            }
        }
        long mask = 0;
        for (int value = low; value <= high; value += step) {
            mask |= 1L << value;
        }
        return mask;
    }

    private static int number(Field field, String part, String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw refused(field, part, SYNTAX);
        }
        return Integer.parseInt(text);
    }

    private static IllegalArgumentException refused(Field field, String part, String why) {
        return new IllegalArgumentException(
                field.label + " field '" + part + "' is not supported: " + why);
    }
}
