package org.joinery.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.joinery.platform.DiskFull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the disk holding the database is full, says so: the user gets a page (507 Insufficient Storage) saying that
 * nothing was saved and what to do, and the log names the cause, instead of a general error. The database refuses
 * the write whole, so nothing partial is kept. Any other failure goes on to the general error page.
 */
@Component
class DiskFullHandler implements HandlerExceptionResolver, Ordered {

    static final String VIEW = "error/disk-full";

    private static final Logger log = LoggerFactory.getLogger(DiskFullHandler.class);

    private final LayoutAdvice layout;

    DiskFullHandler(LayoutAdvice layout) {
        this.layout = layout;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        Optional<String> cause = DiskFull.cause(failure);
        if (cause.isEmpty()) {
            return null;
        }
        log.error("Joinery could not save: the disk holding its database is full ({}). Nothing of this request was saved."
                + " Free space on that disk; with the embedded database, then restart Joinery.", cause.get());
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.INSUFFICIENT_STORAGE);
        page.addObject("currentUser", layout.currentUser());
        page.addObject("navigation", layout.navigation(request));
        page.addObject("embeddedDatabase", layout.embeddedDatabase());
        return page;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
