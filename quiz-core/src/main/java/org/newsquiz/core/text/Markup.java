package org.newsquiz.core.text;

/** How a body is marked up: plain text, or Markdown whose markup analysis must not see. */
public enum Markup {
    PLAIN, MARKDOWN
}
