package org.conferenceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingStartTest {

    @Test
    void opensTheProgramAfterOpenAndReadsTheRestAfterwards() {
        TrainingStart training = new TrainingStart(List.of("a.ics", "--open", "democon.xml", "b.json"));
        assertThat(training.windowArgs()).containsExactly("democon.xml");
        assertThat(training.samples()).containsExactly(Path.of("a.ics"), Path.of("b.json"));
    }

    @Test
    void withoutOpenTheWindowStartsAsAtAFirstStart() {
        assertThat(new TrainingStart(List.of()).windowArgs()).isEmpty();
        assertThat(new TrainingStart(List.of("--open")).samples()).containsExactly(Path.of("--open"));
    }
}
