package org.joinery.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ThinkTimeTest {

    private static final ThinkTime THREE_SECONDS = new ThinkTime(Duration.ofSeconds(3), ThinkTime.Shape.EXPONENTIAL);

    @Test
    void practitionersPauseForDifferentTimesThatAverageTheMean() {
        SplittableRandom random = new SplittableRandom(1);
        long[] pauses = LongStream.generate(() -> THREE_SECONDS.nextMillis(random)).limit(20_000).toArray();

        // The cut at five means keeps 99.3% of the exponential's mean.
        assertThat(LongStream.of(pauses).average().orElseThrow()).isCloseTo(3000 * 0.9933, within(60.0));
        assertThat(LongStream.of(pauses).max().orElseThrow()).isEqualTo(15_000);
        assertThat(LongStream.of(pauses).filter(p -> p < 1000).count()).isGreaterThan(5000); // many short pauses
    }

    @Test
    void theSameSeedGivesTheSamePauses() {
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = new SplittableRandom(7);
        for (int i = 0; i < 100; i++) {
            assertThat(THREE_SECONDS.nextMillis(a)).isEqualTo(THREE_SECONDS.nextMillis(b));
        }
    }

    @Test
    void aUniformPauseStaysBetweenNoneAndTwiceTheMean() {
        ThinkTime uniform = new ThinkTime(Duration.ofMillis(500), ThinkTime.shape("uniform"));
        SplittableRandom random = new SplittableRandom(3);
        assertThat(LongStream.generate(() -> uniform.nextMillis(random)).limit(5000)).allMatch(p -> p >= 0 && p <= 1000);
    }

    @Test
    void anUnknownShapeIsRefusedByName() {
        assertThatThrownBy(() -> ThinkTime.shape("gaussian")).hasMessageContaining("exponential, uniform or fixed")
                .hasMessageContaining("gaussian");
    }
}
