package org.joinery.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.joinery.access.AccessRefused;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The access gate's refusal (already audited) is a 403 on the user administration pages. */
@ControllerAdvice(basePackageClasses = AccountsWebErrors.class)
class AccountsWebErrors {

    @ExceptionHandler(AccessRefused.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
