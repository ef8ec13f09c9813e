package org.conferenceplanner.ui.grid;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/**
 * Keeps one stylesheet first among a scene's stylesheets, re-adding it when a theme switch replaces
 * the list. Its {@code .root} colour defaults must come before any theme that overrides them, and a
 * looked-up colour on {@code .root} only resolves from a scene stylesheet (a control's own stylesheet
 * never matches the root). Changes happen when the control joins a scene or the list changes, never
 * during a CSS pass. FX thread only.
 */
final class FirstStylesheet {

    private final String url;
    private final ListChangeListener<String> listChanged = change -> ensure();
    private Scene scene;

    FirstStylesheet(String url) {
        this.url = url;
    }

    /** Moves to the control's new scene (null: none). */
    void follow(Scene newScene) {
        if (scene != null) {
            scene.getStylesheets().removeListener(listChanged);
        }
        scene = newScene;
        if (scene != null) {
            ensure();
            scene.getStylesheets().addListener(listChanged);
        }
    }

    private void ensure() {
        if (scene != null && !scene.getStylesheets().contains(url)) {
            scene.getStylesheets().add(0, url);
        }
    }
}
