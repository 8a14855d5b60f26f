package io.gatehouse.devhost;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the .NET TimeSpan strings host.json uses for durations ({@code "00:00:30"}, {@code
 * "1.02:00:00"}, {@code "00:00:00.500"}). Only the {@code [d.]hh:mm:ss[.fraction]} form is
 * accepted: the other forms .NET also parses (a bare number meaning days, {@code hh:mm}) are easy
 * to misread, and refusing them beats guessing.
 */
final class HostTimeSpan {

    private static final Pattern TIME_SPAN =
            Pattern.compile("(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?");

    private HostTimeSpan() {}

    static Duration parse(String setting, String text) {
        Matcher matcher = TIME_SPAN.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    setting
                            + " must be a time span like \"00:00:30\" ([d.]hh:mm:ss), got \""
                            + text
                            + "\"");
        }
        int hours = Integer.parseInt(matcher.group(2));
        int minutes = Integer.parseInt(matcher.group(3));
        int seconds = Integer.parseInt(matcher.group(4));
        if (hours > 23 || minutes > 59 || seconds > 59) {
            throw new IllegalArgumentException(
                    setting + " has an out-of-range field: \"" + text + "\"");
        }
        Duration duration = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
        if (matcher.group(1) != null) {
            duration = duration.plusDays(Long.parseLong(matcher.group(1)));
        }
        if (matcher.group(5) != null) {
            // ".5" is half a second: pad the fraction to nanoseconds.
            String nanos = (matcher.group(5) + "000000000").substring(0, 9);
            duration = duration.plusNanos(Long.parseLong(nanos));
        }
        return duration;
    }
}
