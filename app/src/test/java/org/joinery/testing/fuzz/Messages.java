package org.joinery.testing.fuzz;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's messages (messages.properties), resolved as its pages resolve them, for checking refusals. */
public final class Messages {

    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasename("messages");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false);
    }

    private Messages() {
    }

    /** @throws org.springframework.context.NoSuchMessageException for a key the bundle lacks */
    public static String of(String key, Object... args) {
        return SOURCE.getMessage(key, args, Locale.UK);
    }
}
