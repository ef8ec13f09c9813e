package org.conferenceplanner.ui.schedule;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;

/**
 * The bar above the day tabs: the zone labels (for the list; the grid labels its own axes), grid or
 * list, colour by type or track, zoom, the laptop's zone and the rooms dialog, and the legend below.
 * Binds to {@link ScheduleViewModel}.
 */
final class ScheduleBar extends VBox {

    private final ScheduleViewModel vm;

    ScheduleBar(ScheduleViewModel vm, Messages messages, Legend legend, Runnable onRooms) {
        this.vm = vm;
        Label zone = new Label();
        zone.setId("zone-label");
        zone.getStyleClass().add(Styles.ZONE_LABEL);
        zone.textProperty().bind(vm.zoneLabelProperty());
        Label second = new Label();
        second.setId("second-zone-label");
        second.getStyleClass().addAll(Styles.ZONE_LABEL, Styles.MUTED);
        second.textProperty().bind(vm.secondZoneLabelProperty());
        // The grid labels its own time axes; the list needs these.
        javafx.beans.binding.BooleanBinding listShown = Bindings.createBooleanBinding(
                () -> vm.modeProperty().get() == ViewMode.LIST || vm.contentProperty().get().tab().isUnscheduled(),
                vm.modeProperty(), vm.contentProperty());
        zone.visibleProperty().bind(listShown);
        zone.managedProperty().bind(zone.visibleProperty());
        second.visibleProperty().bind(vm.secondZoneLabelProperty().isNotEmpty().and(listShown));
        second.managedProperty().bind(second.visibleProperty());

        ToggleGroup modes = new ToggleGroup();
        ToggleButton grid = segment(messages.get("schedule.grid"), "mode-grid", modes, "left-pill");
        ToggleButton listMode = segment(messages.get("schedule.list"), "mode-list", modes, "right-pill");
        selectMode(grid, listMode);
        vm.modeProperty().addListener(o -> selectMode(grid, listMode));
        modes.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true); // a segmented choice always has one selected
            } else {
                vm.modeProperty().set(t == grid ? ViewMode.GRID : ViewMode.LIST);
            }
        });

        ToggleGroup colours = new ToggleGroup();
        ToggleButton byType = segment(messages.get("schedule.colourByType"), "colour-type", colours, "left-pill");
        ToggleButton byTrack = segment(messages.get("schedule.colourByTrack"), "colour-track", colours, "right-pill");
        Runnable showColour = () -> (vm.colourByProperty().get() == ColourBy.TRACK ? byTrack : byType).setSelected(true);
        showColour.run();
        vm.colourByProperty().addListener(o -> showColour.run());
        colours.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                vm.colourByProperty().set(t == byTrack ? ColourBy.TRACK : ColourBy.EVENT_TYPE);
            }
        });

        Button zoomOut = iconButton("\u2212", messages.get("schedule.zoomOut"), "zoom-out", vm::zoomOut);
        zoomOut.getStyleClass().add("left-pill");
        Button zoomIn = iconButton("+", messages.get("schedule.zoomIn"), "zoom-in", vm::zoomIn);
        zoomIn.getStyleClass().add("right-pill");
        ToggleButton laptopZone = new ToggleButton(messages.get("schedule.laptopZone"));
        laptopZone.setId("laptop-zone");
        laptopZone.selectedProperty().bindBidirectional(vm.showLaptopZoneProperty());
        Button rooms = new Button(messages.get("schedule.rooms"));
        rooms.setId("rooms-button");
        rooms.setOnAction(e -> onRooms.run());

        for (javafx.scene.control.Control c : List.of(zone, second, grid, listMode, byType, byTrack, zoomOut, zoomIn,
                laptopZone, rooms)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        byType.setTooltip(new Tooltip(messages.get("schedule.colourBy") + " " + byType.getText()));
        byTrack.setTooltip(new Tooltip(messages.get("schedule.colourBy") + " " + byTrack.getText()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(6, zone, second, spacer, group(grid, listMode), group(byType, byTrack),
                group(zoomOut, zoomIn), laptopZone, rooms);
        controls.setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getChildren().addAll(controls, legend);
        getStyleClass().add(Styles.SCHEDULE_BAR);
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(nodes);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private void selectMode(ToggleButton grid, ToggleButton listMode) {
        (vm.modeProperty().get() == ViewMode.LIST ? listMode : grid).setSelected(true);
    }

    private static ToggleButton segment(String text, String id, ToggleGroup group, String pill) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().add(pill);
        b.setFocusTraversable(false);
        return b;
    }

    private static Button iconButton(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

}
