package org.joinery.platform.web;

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

    @ExceptionHandler(AccessRefused.class)
    ModelAndView refused(AccessRefused refused) {
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.FORBIDDEN);
        page.addObject("refusalRule", refused.rule());
        page.addObject("refusalReason", refused.reason());
        return page;
    }
}
