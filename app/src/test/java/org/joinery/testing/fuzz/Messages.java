package org.joinery.testing.fuzz;

import java.util.Locale;
import org.joinery.platform.web.MessageBundles;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's messages (every module's bundle), resolved as its pages resolve them, for checking refusals. */
public final class Messages {

    private static final ResourceBundleMessageSource SOURCE = MessageBundles.load();

    private Messages() {
    }

    /** @throws org.springframework.context.NoSuchMessageException for a key the bundle lacks */
    public static String of(String key, Object... args) {
        return SOURCE.getMessage(key, args, Locale.UK);
    }
}
