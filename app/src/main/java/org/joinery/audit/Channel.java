package org.joinery.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How the reader reached the data, as the audit entry names it: a page seen in the browser, a CSV file downloaded
 * (which leaves Joinery and may be passed on), or the API. Told from the web request being answered, so that every
 * surface is covered without each naming itself: CSV downloads end in ".csv" and the API lives under /api/.
 * Work with no web request (the command line, the linking worker) has no channel.
 */
public enum Channel {
    PAGE,
    CSV,
    API;

    /** The channel of the web request this thread is answering, or null when it answers none. */
    public static Channel current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return API;
        }
        return path.endsWith(".csv") ? CSV : PAGE;
    }
}
