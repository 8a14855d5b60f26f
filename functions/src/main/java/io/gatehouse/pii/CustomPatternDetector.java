package io.gatehouse.pii;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * A tenant's own entity type: an RE2 pattern (RE2/J), whose matching time is linear in the text
 * whatever the pattern, so no tenant can make detection hang. Empty matches are ignored.
 */
final class CustomPatternDetector implements Detector {

    private final String type;
    private final Pattern pattern;
    private final double score;

    CustomPatternDetector(String type, Pattern pattern, double score) {
        this.type = type;
        this.pattern = pattern;
        this.score = score;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                out.add(new Candidate(type, matcher.start(), matcher.end(), score));
            }
        }
    }
}
