package org.joinery.accounts.web;

import org.joinery.platform.JoineryProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the sign-in page needs from accounts: the limits its failure message states, and the
 * identity provider's button when one is configured.
 */
@ControllerAdvice
class SignInPageAdvice {

    /** The limits the failure message states. */
    record SignInLimits(int maxFailures, long windowMinutes) {
    }

    /** The "Sign in with ..." button. */
    record IdentityProvider(String name, String path) {
    }

    private final SignInLimits limits;
    private final IdentityProvider identityProvider;

    SignInPageAdvice(JoineryProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.limits = new SignInLimits(properties.signIn().maxFailures(), properties.signIn().window().toMinutes());
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        ClientRegistration registration = repository == null ? null : repository.findByRegistrationId("oidc");
        this.identityProvider = registration == null ? null
                : new IdentityProvider(registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId());
    }

    @ModelAttribute("signInLimits")
    SignInLimits signInLimits() {
        return limits;
    }

    @ModelAttribute("identityProvider")
    IdentityProvider identityProvider() {
        return identityProvider;
    }
}
