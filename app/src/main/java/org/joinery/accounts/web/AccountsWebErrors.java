package org.joinery.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.joinery.access.AccessRefused;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The access gate's refusal (already audited) is a 403 on the user administration pages. The
 * error page shows the rule's reason, which it reads from these request attributes.
 */
@ControllerAdvice(basePackageClasses = AccountsWebErrors.class)
class AccountsWebErrors {

    @ExceptionHandler(AccessRefused.class)
    void refused(AccessRefused refused, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute("refusalRule", refused.decision().rule());
        request.setAttribute("refusalReason", refused.decision().reason());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
