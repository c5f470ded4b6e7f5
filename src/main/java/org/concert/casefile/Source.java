package org.concert.casefile;

/** Where a fact comes from: every case fact carries one, so every warning can be traced to it. */
public record Source(String author, Integer year, String title, String url, String pages) {

    /** Short citation, e.g. {@code Sarotte (2014), "A Broken Promise?", p. 90, https://…}. */
    public String cite() {
        StringBuilder s = new StringBuilder(author);
        if (year != null) s.append(" (").append(year).append(')');
        if (title != null) s.append(", \"").append(title).append('"');
        if (pages != null) s.append(", ").append(pages);
        if (url != null) s.append(", ").append(url);
        return s.toString();
    }
}
