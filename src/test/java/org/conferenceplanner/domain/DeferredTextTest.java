package org.conferenceplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredTextTest {

    @Test
    void convertsOnFirstReadingOnlyAndKeepsTheResult() {
        AtomicInteger conversions = new AtomicInteger();
        DeferredText text = DeferredText.later(() -> {
            conversions.incrementAndGet();
            return "plain";
        });
        assertThat(conversions).hasValue(0);
        assertThat(text.get()).isEqualTo("plain");
        assertThat(text.get()).isSameAs(text.get());
        assertThat(conversions).hasValue(1);
    }

    @Test
    void equalWhenThePlainTextsAreEqualHoweverTheyWereMade() {
        DeferredText ready = DeferredText.of("A talk");
        DeferredText later = DeferredText.later(() -> "A " + "talk");
        assertThat(later).isEqualTo(ready).hasSameHashCodeAs(ready).hasToString("A talk");
        assertThat(DeferredText.later(() -> "Another")).isNotEqualTo(ready);
        assertThat(DeferredText.of(null)).isEqualTo(DeferredText.of(""));
    }

    @Test
    void aConversionThatGivesNothingIsABug() {
        assertThatThrownBy(() -> DeferredText.later(() -> null).get()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sessionsShowTheConvertedAbstractAndCompareByIt() {
        Session deferred = Session.builder("1").abstractText(DeferredText.later(() -> "First.\n\nSecond.")).build();
        Session plain = Session.builder("1").abstractText("First.\n\nSecond.").build();
        assertThat(deferred.abstractText()).isEqualTo("First.\n\nSecond.");
        assertThat(deferred).isEqualTo(plain);
        assertThat(deferred.toBuilder().title("x").build().abstractText()).isEqualTo("First.\n\nSecond.");
    }
}
