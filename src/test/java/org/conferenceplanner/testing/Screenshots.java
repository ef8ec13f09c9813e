package org.conferenceplanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;

/** Saves what a window shows as a PNG under {@code target/screenshots/}, for a person to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        try {
            WritableImage image = FxToolkit.setupFixture(() -> scene.snapshot(null));
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no snapshot within the time limit", e);
        }
    }
}
