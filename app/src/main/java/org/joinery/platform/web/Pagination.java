package org.joinery.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The GOV.UK pagination component's content for one page of a long list: previous and next
 * links, the first and last page, the pages either side of the current one, and ellipses
 * between. Pages are numbered from 1.
 */
public record Pagination(int current, int pages, String previous, String next, List<Item> items) {

    /** A page link, or an ellipsis when {@code href} is null. */
    public record Item(int number, String href, boolean current) {
        public boolean ellipsis() {
            return href == null;
        }
    }

    public static Pagination of(int current, long total, int pageSize, IntFunction<String> href) {
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        List<Item> items = new ArrayList<>();
        int shown = 0;
        for (int number = 1; number <= pages; number++) {
            if (number == 1 || number == pages || Math.abs(number - current) <= 1) {
                if (shown != 0 && number > shown + 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(number, href.apply(number), number == current));
                shown = number;
            }
        }
        return new Pagination(current, pages,
                current > 1 && current <= pages ? href.apply(current - 1) : null,
                current < pages ? href.apply(current + 1) : null,
                List.copyOf(items));
    }

    /** Whether there is more than one page, so that the component is worth showing. */
    public boolean needed() {
        return pages > 1;
    }
}
