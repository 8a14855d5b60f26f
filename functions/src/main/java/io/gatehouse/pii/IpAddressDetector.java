package io.gatehouse.pii;

import java.util.List;

/**
 * IP addresses. IPv4: four decimal octets 0–255 without leading zeros, standing alone as a token
 * (so {@code 1.2.3.4.5} and {@code v1.2.3.4} are not addresses); score 0.95, or 0.4 right after
 * "version", "build", "release", "section", "clause"…, where four numbers are a version or a
 * heading number. IPv6: hex groups and colons that parse as an address (eight groups, or fewer with
 * one {@code ::}, optionally ending in an IPv4 part) with at least one digit, so clock times
 * ({@code 10:30:00}) and MAC addresses (six groups, no {@code ::}) do not qualify; score 0.95.
 */
final class IpAddressDetector implements Detector {

    private static final ContextWords VERSION_CONTEXT =
            new ContextWords(
                    16,
                    "version",
                    "ver",
                    "build",
                    "release",
                    "rev",
                    "section",
                    "sect",
                    "chapter",
                    "clause",
                    "paragraph",
                    "item",
                    "step",
                    "§");
    private static final int MAX_IPV6 = 45;

    @Override
    public String type() {
        return EntityType.IP_ADDRESS.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /**
     * An address starts at a hex digit or a colon after no word character: one of the index's
     * starts. No start lies inside a run of hex digits, colons and dots, so skipping one skips
     * none.
     */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        int n = text.length();
        int i = 0;
        for (int k = 0, count = index.startCount(); k < count; k++) {
            if (index.start(k) < i) {
                continue;
            }
            i = index.start(k);
            char c = text.charAt(i);
            boolean candidateStart =
                    (Chars.hex(c) || c == ':')
                            && Chars.at(text, i - 1) != ':'
                            && Chars.at(text, i - 1) != '.';
            if (!candidateStart) {
                continue;
            }
            int runEnd = i;
            boolean colon = false;
            while (runEnd < n
                    && runEnd - i < MAX_IPV6 + 1
                    && (Chars.hex(text.charAt(runEnd))
                            || text.charAt(runEnd) == ':'
                            || text.charAt(runEnd) == '.')) {
                colon |= text.charAt(runEnd) == ':';
                runEnd++;
            }
            // cheap tests first: most runs are ordinary words ("face", "bed") or plain numbers
            Candidate found = Chars.digit(c) ? ipv4(text, i) : null;
            if (found == null && colon) {
                found = ipv6(text, i, runEnd);
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i = Math.max(runEnd, i + 1);
            }
        }
    }

    private Candidate ipv4(String text, int start) {
        if (!Chars.startsToken(text, start)) {
            return null;
        }
        int i = start;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (Chars.at(text, i) != '.') {
                    return null;
                }
                i++;
            }
            int digitsStart = i;
            while (Chars.digit(Chars.at(text, i)) && i - digitsStart < 4) {
                i++;
            }
            int length = i - digitsStart;
            if (length == 0
                    || length > 3
                    || (length > 1 && text.charAt(digitsStart) == '0')
                    || Integer.parseInt(text, digitsStart, i, 10) > 255) {
                return null;
            }
        }
        if (!Chars.endsToken(text, i)) {
            return null;
        }
        double score = VERSION_CONTEXT.before(text, start) ? 0.4 : 0.95;
        return new Candidate(type(), start, i, score);
    }

    private Candidate ipv6(String text, int start, int runEnd) {
        int end = runEnd;
        // a sentence may end right after the address
        while (end > start
                && (text.charAt(end - 1) == '.'
                        || (text.charAt(end - 1) == ':' && Chars.at(text, end - 2) != ':'))) {
            end--;
        }
        if (end - start < 2
                || end - start > MAX_IPV6
                || Chars.wordChar(Chars.at(text, end))
                || Chars.at(text, end) == ':') {
            return null;
        }
        // "10:30" and "Note:" hold one colon, and an address at least two: counted before any copy
        return colonsAtLeastTwo(text, start, end) && validIpv6(text.substring(start, end))
                ? new Candidate(type(), start, end, 0.95)
                : null;
    }

    private static boolean colonsAtLeastTwo(String text, int start, int end) {
        int colons = 0;
        for (int i = start; i < end && colons < 2; i++) {
            if (text.charAt(i) == ':') {
                colons++;
            }
        }
        return colons >= 2;
    }

    static boolean validIpv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        if (s.chars().filter(c -> c == ':').count() < 2
                || s.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int groups = 0;
        String[] parts = s.split(":", -1);
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part.isEmpty()) {
                continue; // a side of "::" (checked above to appear once)
            }
            if (part.indexOf('.') >= 0) {
                if (p != parts.length - 1 || !ipv4Literal(part)) {
                    return false;
                }
                groups += 2;
            } else {
                if (part.length() > 4) {
                    return false;
                }
                groups++;
            }
        }
        if (doubleColon < 0) {
            // no "::": no empty part allowed at all, exactly eight groups
            for (String part : parts) {
                if (part.isEmpty()) {
                    return false;
                }
            }
            return groups == 8;
        }
        // a single leading or trailing colon that is not part of "::" is malformed
        if ((s.startsWith(":") && !s.startsWith("::")) || (s.endsWith(":") && !s.endsWith("::"))) {
            return false;
        }
        return groups < 8;
    }

    private static boolean ipv4Literal(String s) {
        String[] octets = s.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty()
                    || octet.length() > 3
                    || (octet.length() > 1 && octet.charAt(0) == '0')
                    || !octet.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
