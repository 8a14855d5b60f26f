package io.gatehouse.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a Bicep reader for the infra checks, since no Bicep compiler can run here (the
 * deploy workflow builds the files for real). It finds resource and module declarations with their
 * bodies, params and outputs.
 *
 * <p>Limits, on purpose: a declaration's body is the brace-balanced text after its {@code =}
 * (string literals and their {@code ${}} interpolations are understood, comments skipped), so a
 * brace inside an {@code if (...)} condition before the body would confuse it; an output is one
 * line; object keys are read at the first level of an object only. The checks fail loudly when they
 * find nothing to check, so a file the reader misunderstands cannot pass silently.
 */
record BicepText(String file, String text) {

    record Declaration(
            String kind, String symbol, String typeOrPath, boolean existing, String body) {

        /** The resource type without its API version, e.g. Microsoft.KeyVault/vaults. */
        String type() {
            int at = typeOrPath.indexOf('@');
            return at < 0 ? typeOrPath : typeOrPath.substring(0, at);
        }
    }

    record Output(String name, String expression, boolean secure) {}

    record Param(String name, boolean secure) {}

    private static final Pattern DECLARATION =
            Pattern.compile(
                    "(?m)^\\s*(resource|module)\\s+(\\w+)\\s+'([^']+)'\\s*(existing\\s*)?=");
    private static final Pattern OUTPUT =
            Pattern.compile(
                    "(?m)^(\\s*@secure\\(\\)\\s*\\n)?\\s*output\\s+(\\w+)\\s+[\\w\\[\\]]+\\s*=\\s*(.+)$");
    private static final Pattern PARAM = Pattern.compile("(?m)^\\s*param\\s+(\\w+)\\s+");

    List<Declaration> declarations() {
        List<Declaration> found = new ArrayList<>();
        Matcher match = DECLARATION.matcher(text);
        while (match.find()) {
            int open = text.indexOf('{', match.end());
            int close = open < 0 ? -1 : matchingBrace(text, open);
            if (close < 0) {
                throw new IllegalStateException(file + ": no body for " + match.group(2));
            }
            found.add(
                    new Declaration(
                            match.group(1),
                            match.group(2),
                            match.group(3),
                            match.group(4) != null,
                            text.substring(open, close + 1)));
        }
        return found;
    }

    List<Output> outputs() {
        List<Output> found = new ArrayList<>();
        Matcher match = OUTPUT.matcher(text);
        while (match.find()) {
            found.add(new Output(match.group(2), match.group(3).trim(), match.group(1) != null));
        }
        return found;
    }

    List<Param> params() {
        List<Param> found = new ArrayList<>();
        Matcher match = PARAM.matcher(text);
        while (match.find()) {
            // Decorators sit on the lines just above the declaration.
            int lineStart = text.lastIndexOf('\n', match.start() - 1);
            String before =
                    text.substring(Math.max(0, lineStart - 400), Math.max(0, lineStart + 1));
            String[] lines = before.split("\n");
            boolean secure = false;
            for (int i = lines.length - 1; i >= 0 && lines[i].trim().startsWith("@"); i--) {
                secure |= lines[i].trim().startsWith("@secure()");
            }
            found.add(new Param(match.group(1), secure));
        }
        return found;
    }

    /** The object after {@code key:} inside a body, e.g. properties or params. */
    static Optional<String> objectAt(String body, String key) {
        Matcher match =
                Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*:\\s*\\{").matcher(body);
        if (!match.find()) {
            return Optional.empty();
        }
        int open = match.end() - 1;
        int close = matchingBrace(body, open);
        return close < 0 ? Optional.empty() : Optional.of(body.substring(open, close + 1));
    }

    /**
     * The keys at the first level of an object literal ({ ... }), with the raw value text of each
     * line.
     */
    static List<String[]> topLevelEntries(String object) {
        List<String[]> entries = new ArrayList<>();
        int depth = 0;
        for (String line : object.split("\n")) {
            String trimmed = line.trim();
            if (depth == 1 && !trimmed.startsWith("//")) {
                Matcher key =
                        Pattern.compile("^'?([A-Za-z_][A-Za-z0-9_\\-]*)'?\\s*:\\s*(.*)$")
                                .matcher(trimmed);
                if (key.matches()) {
                    entries.add(new String[] {key.group(1), key.group(2)});
                }
            }
            depth += braceDelta(line);
        }
        return entries;
    }

    private static int braceDelta(String line) {
        int delta = 0;
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '{') {
                delta++;
            } else if (!inString && c == '}') {
                delta--;
            }
        }
        return delta;
    }

    /**
     * The index of the brace closing the one at {@code open}: skips comments and string literals,
     * and follows {@code ${...}} interpolations inside strings.
     */
    static int matchingBrace(String text, int open) {
        int depth = 0;
        // Brace depths at which an interpolation started: its closing brace returns to the string.
        var interpolations = new java.util.ArrayDeque<Integer>();
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    inString = false;
                } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                    interpolations.push(depth);
                    depth++;
                    inString = false;
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = text.indexOf('\n', i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                i = text.indexOf("*/", i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '\'') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (!interpolations.isEmpty() && interpolations.peek() == depth) {
                    interpolations.pop();
                    inString = true;
                } else if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
