package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryPaletteTest {

    private final CategoryPalette palette = new CategoryPalette();

    @Test
    void keysKeepTheColourTheyWereFirstGiven() {
        assertThat(palette.styleClassOf("Paper")).isEqualTo("category-0");
        assertThat(palette.styleClassOf("Tutorial")).isEqualTo("category-1");
        assertThat(palette.styleClassOf("Paper")).isEqualTo("category-0");
    }

    @Test
    void theThirteenthKeyWrapsAround() {
        for (int i = 0; i < 12; i++) {
            palette.styleClassOf("type " + i);
        }
        assertThat(palette.styleClassOf("type 12")).isEqualTo("category-0");
    }

    @Test
    void theEmptyKeyHasNoColour() {
        assertThat(palette.styleClassOf("")).isNull();
        assertThat(palette.styleClassOf(null)).isNull();
    }

    @Test
    void theLegendListsEachKeyOnceInColourOrder() {
        palette.styleClassOf("Keynote");
        List<String> legend = palette.legend(List.of("Paper", "", "Keynote", "Paper", "BoF"));

        assertThat(legend).containsExactly("Keynote", "Paper", "BoF");
    }

    @Test
    void clearingStartsOver() {
        palette.styleClassOf("Paper");
        palette.clear();

        assertThat(palette.styleClassOf("BoF")).isEqualTo("category-0");
    }
}
