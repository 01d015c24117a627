package org.newsquiz.web.security;

/** The signed-in account as a request sees it. */
public record Account(long id, String email, String role, boolean mustChangePassword) {
}
