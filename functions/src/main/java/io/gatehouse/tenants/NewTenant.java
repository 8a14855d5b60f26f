package io.gatehouse.tenants;

import io.gatehouse.http.ProblemException;
import java.util.regex.Pattern;

/** The body of POST /tenants. */
record NewTenant(String name, String slug) {

    // DNS-label shape: usable later in host names and storage names without escaping.
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");

    NewTenant {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw ProblemException.unprocessable("name is required, at most 200 characters.");
        }
        name = name.strip();
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw ProblemException.unprocessable(
                    "slug must be 1-63 lower-case letters, digits or inner hyphens.");
        }
    }
}
