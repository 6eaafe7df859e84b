package org.joinery.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.joinery.access.AccessRefused;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a refusal by the access gate as 403 Forbidden, naming the rule that refused and why.
 * The refusal is already in the audit log.
 */
@ControllerAdvice
class AccessRefusedHandler {

    static final String VIEW = "error/403";

    private final LayoutAdvice layout;

    AccessRefusedHandler(LayoutAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler(AccessRefused.class)
    ModelAndView refused(AccessRefused refused, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.FORBIDDEN);
        page.addObject("refusalRule", refused.rule());
        page.addObject("refusalReason", refused.reason());
        // Model attributes from @ModelAttribute advice are not added to exception handlers' views.
        page.addObject("currentUser", layout.currentUser());
        page.addObject("navigation", layout.navigation(request));
        page.addObject("embeddedDatabase", layout.embeddedDatabase());
        return page;
    }
}
