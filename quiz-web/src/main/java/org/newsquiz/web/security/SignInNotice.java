package org.newsquiz.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the teacher pages tell the owner of an account whose sign-in was paused by failures since last time. */
@Named("signInNotice")
@RequestScoped
public class SignInNotice {
    @Inject
    SecurityIdentity identity;

    public String getText() {
        return Identities.session(identity).map(SessionStore.Session::notice).orElse("");
    }
}
