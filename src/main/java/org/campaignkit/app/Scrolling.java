package org.campaignkit.app;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the scroll pane a node sits in. A scroll pane does not follow the keyboard by itself, so
 * a field focused below the visible part would stay hidden while a person types into it.
 */
final class Scrolling {
    /** Room kept above a node scrolled to, so what comes before it shows too. */
    private static final double MARGIN = 12;

    private Scrolling() {
    }

    /** The nearest scroll pane around a node, or null (a skin makes it an ancestor only once laid out). */
    static ScrollPane enclosing(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        return (ScrollPane) parent;
    }

    /** Scrolls so that the point {@code below} the top of a node is at the top of the visible part. */
    static void toTop(Node node, double below) {
        ScrollPane pane = laidOut(enclosing(node));
        if (pane == null) {
            return;
        }
        setTop(pane, top(pane, node) + below);
    }

    /** Scrolls as little as needed for a node to be seen whole (its top, when it is taller than the view). */
    static void intoView(Node node) {
        ScrollPane pane = laidOut(enclosing(node));
        if (pane == null) {
            return;
        }
        double top = top(pane, node);
        double bottom = top + node.getBoundsInLocal().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        double viewTop = pane.getVvalue() * scrollable(pane);
        if (top < viewTop || bottom - top > viewHeight) {
            setTop(pane, top - MARGIN);
        } else if (bottom > viewTop + viewHeight) {
            setTop(pane, bottom - viewHeight + MARGIN);
        }
    }

    /** The pane with a node just added placed already, so it can be measured; null when there is nothing to scroll. */
    private static ScrollPane laidOut(ScrollPane pane) {
        if (pane == null || pane.getContent() == null) {
            return null;
        }
        pane.applyCss();
        pane.layout();
        return pane;
    }

    private static double top(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        return content.sceneToLocal(node.localToScene(0, 0)).getY();
    }

    private static double scrollable(ScrollPane pane) {
        return pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
    }

    private static void setTop(ScrollPane pane, double y) {
        double scrollable = scrollable(pane);
        pane.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, y / scrollable)));
    }
}
