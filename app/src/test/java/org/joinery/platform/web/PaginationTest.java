package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which page links a long list offers, following the GOV.UK pagination pattern. */
class PaginationTest {

    private static String shown(Pagination pagination) {
        StringBuilder text = new StringBuilder();
        for (Pagination.Item item : pagination.items()) {
            text.append(item.ellipsis() ? "… " : item.current() ? "[" + item.number() + "] " : item.number() + " ");
        }
        return text.toString().strip();
    }

    @Test
    void aListThatFitsOnOnePageNeedsNoPagination() {
        Pagination pagination = Pagination.of(1, 50, 50, n -> "/p?page=" + n);
        assertThat(pagination.needed()).isFalse();
        assertThat(pagination.previous()).isNull();
        assertThat(pagination.next()).isNull();
    }

    @Test
    void anEmptyListIsOnePage() {
        assertThat(Pagination.of(1, 0, 50, n -> "/p?page=" + n).pages()).isEqualTo(1);
    }

    @Test
    void aMiddlePageShowsItsNeighboursTheEndsAndEllipsesBetween() {
        Pagination pagination = Pagination.of(6, 1000, 50, n -> "/p?page=" + n);
        assertThat(pagination.pages()).isEqualTo(20);
        assertThat(shown(pagination)).isEqualTo("1 … 5 [6] 7 … 20");
        assertThat(pagination.previous()).isEqualTo("/p?page=5");
        assertThat(pagination.next()).isEqualTo("/p?page=7");
    }

    @Test
    void theFirstAndLastPagesOfferOnlyTheWayOn() {
        assertThat(shown(Pagination.of(1, 101, 50, n -> "/p?page=" + n))).isEqualTo("[1] 2 3");
        Pagination last = Pagination.of(3, 101, 50, n -> "/p?page=" + n);
        assertThat(last.next()).isNull();
        assertThat(last.previous()).isEqualTo("/p?page=2");
    }

    @Test
    void noEllipsisStandsForASinglePage() {
        assertThat(shown(Pagination.of(3, 250, 50, n -> "/p?page=" + n))).isEqualTo("1 2 [3] 4 5");
    }

    @Test
    void aPageBeyondTheEndOffersNoNextPage() {
        Pagination beyond = Pagination.of(9, 100, 50, n -> "/p?page=" + n);
        assertThat(beyond.next()).isNull();
        assertThat(beyond.previous()).isNull();
    }
}
