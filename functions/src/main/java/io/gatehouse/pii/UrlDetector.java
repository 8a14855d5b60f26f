package io.gatehouse.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Web addresses, in the three ways people write them: with a scheme ({@code http://}, {@code
 * https://}, {@code ftp://}…, score 0.95), starting {@code www.} (0.9), or as a bare domain whose
 * last label is a known top-level domain ({@code clinic-berlin.de}, {@code example.co.uk/path},
 * 0.85). Trailing sentence punctuation and an unbalanced closing bracket are not part of the
 * address.
 *
 * <p>A bare domain is where false alarms come from, so it must look like one: at least two labels,
 * a name label that holds a letter and is not a one-letter abbreviation ("e.g.", "i.e." have no TLD
 * anyway), a TLD written all lower or all upper case ("end.The" is a missing space), and not the
 * local part of an e-mail address (the EMAIL detector reports those). A TLD that is also a common
 * file extension ({@code .py .sh .md .zip .mov}…) makes "report.zip" a file name unless the name
 * has a path or more labels; then it is reported below the default minimum (0.4).
 */
final class UrlDetector implements Detector {

    static final Set<String> TLDS = load("tlds.txt");

    /** TLDs that are also file extensions seen in business and technical text. */
    private static final Set<String> FILE_EXTENSIONS =
            Set.of("zip", "mov", "py", "sh", "rs", "md", "ps", "pm", "cc", "mk", "ml", "so", "am");

    /** Names of programming frameworks that look like domains. */
    private static final Set<String> NOT_DOMAINS =
            Set.of("asp.net", "vb.net", "ado.net", "node.js", "vue.js");

    private static final String[] SCHEMES = {"https://", "http://", "ftp://", "ftps://", "sftp://"};
    private static final int MAX_HOST = 253;

    @Override
    public String type() {
        return EntityType.URL.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /**
     * An address starts at a letter or digit after no word character: one of the index's starts.
     */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        int resumeAt = 0;
        // the next "://" at or after a start's fourth character: a scheme needs one within three
        int separator = text.indexOf("://");
        for (int k = 0, count = index.startCount(); k < count; k++) {
            int i = index.start(k);
            if (i < resumeAt || !hostChar(text.charAt(i))) {
                continue;
            }
            while (separator >= 0 && separator < i + 3) {
                separator = text.indexOf("://", separator + 1);
            }
            Candidate found = matchAt(text, i, separator >= 0 && separator <= i + 5);
            if (found != null) {
                out.add(found);
                resumeAt = found.end();
            }
        }
    }

    /**
     * @param schemeSeparatorNear whether "://" begins three to five characters after {@code start}:
     *     without one, no scheme is there to look for
     */
    private Candidate matchAt(String text, int start, boolean schemeSeparatorNear) {
        int schemeEnd = schemeSeparatorNear ? schemeEnd(text, start) : -1;
        if (schemeEnd > 0) {
            int end = trimmed(text, start, bodyEnd(text, schemeEnd));
            return end > schemeEnd + 1 ? new Candidate(type(), start, end, 0.95) : null;
        }
        char before = Chars.at(text, start - 1);
        if (!Chars.startsToken(text, start)
                || before == '@'
                || before == '-'
                || before == '.'
                || before == '_'
                || before == '/') {
            return null; // x@-bad.com, trailing.@example.com: the remains of a broken e-mail
            // address
        }
        boolean www = Chars.regionMatchesIgnoreCase(text, start, "www.");
        int hostEnd = hostEnd(text, start);
        if (hostEnd < 0
                || Chars.at(text, hostEnd) == '@'
                || Chars.wordChar(Chars.at(text, hostEnd))) {
            return null;
        }
        int lastDot = text.lastIndexOf('.', hostEnd - 1);
        if (lastDot <= start) {
            return null;
        }
        int end = trimmed(text, start, afterHost(text, hostEnd));
        if (www) {
            return lettersOnly(text, lastDot + 1, hostEnd)
                            && hostEnd - lastDot > 2
                            && lastDot > start + 4
                    ? new Candidate(type(), start, end, 0.9)
                    : null;
        }
        String tld = text.substring(lastDot + 1, hostEnd);
        String lowerTld = tld.toLowerCase(Locale.ROOT);
        if (!TLDS.contains(lowerTld)
                || !(tld.equals(lowerTld) || allUpper(text, start, hostEnd))
                || !nameLabelsHoldALetter(text, start, lastDot)
                || NOT_DOMAINS.contains(text.substring(start, hostEnd).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int labels = labels(text, start, hostEnd);
        if (labels == 2 && text.indexOf('.', start) - start < 2) {
            return null; // "z.de", "a.it": an abbreviation, not a name
        }
        boolean hasPath = end > hostEnd;
        double score = FILE_EXTENSIONS.contains(lowerTld) && !hasPath && labels == 2 ? 0.4 : 0.85;
        return new Candidate(type(), start, end, score);
    }

    private static int schemeEnd(String text, int start) {
        // every scheme is followed by "://": most words are ruled out by one look
        int colon = start + 3;
        while (colon < text.length() && colon <= start + 5 && text.charAt(colon) != ':') {
            colon++;
        }
        if (colon >= text.length() || text.charAt(colon) != ':' || !text.startsWith("://", colon)) {
            return -1;
        }
        for (String scheme : SCHEMES) {
            if (Chars.regionMatchesIgnoreCase(text, start, scheme)) {
                return start + scheme.length();
            }
        }
        return -1;
    }

    /**
     * Where an address with a scheme ends: at white space or a character URLs never hold unescaped.
     */
    private static int bodyEnd(String text, int from) {
        int i = from;
        while (i < text.length() && urlChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean urlChar(char c) {
        return c > ' '
                && c != '<'
                && c != '>'
                && c != '"'
                && c != '`'
                && c != '{'
                && c != '}'
                && c != '|'
                && c != '\\'
                && c != '^'
                && c != '\u00a0'
                && c != '。'
                && c != '，'
                && c != '、'
                && !Character.isWhitespace(c);
    }

    /**
     * The end of the dot-separated labels at {@code start} (each 1–63 letters, digits or inner
     * hyphens, at most {@value #MAX_HOST} in all), or -1 when there are fewer than two.
     */
    private static int hostEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int labels = 0;
        while (true) {
            int labelStart = i;
            while (i < n
                    && (hostChar(text.charAt(i)) || (text.charAt(i) == '-' && i > labelStart))) {
                i++;
            }
            int length = i - labelStart;
            if (length == 0 || length > 63 || text.charAt(i - 1) == '-' || i - start > MAX_HOST) {
                return -1;
            }
            labels++;
            if (Chars.at(text, i) == '.' && hostChar(Chars.at(text, i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return labels >= 2 ? i : -1;
    }

    private static boolean hostChar(char c) {
        return c < 128 ? Chars.asciiAlnum(c) : Character.isLetterOrDigit(c);
    }

    /** After the host: a port, then a path, query or fragment if one starts there. */
    private static int afterHost(String text, int hostEnd) {
        int i = hostEnd;
        if (Chars.at(text, i) == ':' && Chars.digit(Chars.at(text, i + 1))) {
            i++;
            while (Chars.digit(Chars.at(text, i))) {
                i++;
            }
        }
        char c = Chars.at(text, i);
        return c == '/' || c == '?' || c == '#' ? bodyEnd(text, i) : i;
    }

    /**
     * Drops trailing sentence punctuation, and closing brackets that open nowhere in the address.
     */
    private static int trimmed(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char last = text.charAt(e - 1);
            if (last == '.'
                    || last == ','
                    || last == ';'
                    || last == ':'
                    || last == '!'
                    || last == '?'
                    || last == '\''
                    || last == '*'
                    || last == '’'
                    || last == '”') {
                e--;
            } else if ((last == ')' && unbalanced(text, start, e, '(', ')'))
                    || (last == ']' && unbalanced(text, start, e, '[', ']'))) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean unbalanced(String text, int start, int end, char open, char close) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return depth < 0;
    }

    private static boolean lettersOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return end > start;
    }

    private static boolean allUpper(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the labels before the TLD hold a letter: {@code 10.0.0.de} is no name. */
    private static boolean nameLabelsHoldALetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int labels(String text, int start, int end) {
        int labels = 1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '.') {
                labels++;
            }
        }
        return labels;
    }

    private static Set<String> load(String resource) {
        Set<String> entries = new HashSet<>();
        try (InputStream in = UrlDetector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}
