package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.campaignkit.text.fonts.FontBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Right-to-left text broken into lines by us, because JavaFX 21 garbles the lines it wraps itself. */
@ExtendWith(ApplicationExtension.class)
class WrappedTextTest {
    private static final String ARABIC = "معاهدة أممية يفترض أنها وضعت لمكافحة الجرائم الإلكترونية قد تمنح الحكومات شيكا على بياض"
            + " للتجسس على الناس ومعاقبتهم على ما يقولونه عبر الإنترنت.";
    private Font arabic;

    @Start
    void start(Stage stage) {
        FontBook fonts = FontBook.bundled();
        fonts.faces().stream().filter(f -> f.family().contains("Arabic") && !f.bold()).findFirst()
                .ifPresent(face -> Font.loadFont(new ByteArrayInputStream(fonts.fontBytes(face)), 13));
        arabic = Font.font(fonts.familyFor(ARABIC, org.campaignkit.text.fonts.FontRole.BODY, "ar"), 13);
    }

    private static double width(String line, Font font) {
        Text probe = new Text(line);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    @Test
    void everyLineFitsAndNoWordIsLostOrCut(FxRobot robot) {
        robot.interact(() -> {
            List<WrappedText.Run> broken = WrappedText.broken(List.of(new WrappedText.Run(ARABIC, arabic, Color.BLACK, false)), 300);
            String text = broken.get(0).text();
            String[] lines = text.split("\n");
            assertThat(lines.length).isGreaterThan(2);
            for (String line : lines) {
                assertThat(width(line, arabic)).as(line).isLessThanOrEqualTo(300);
            }
            assertThat(String.join(" ", lines)).isEqualTo(ARABIC);
        });
    }

    @Test
    void aLeftToRightLineUnderRightToLeftTextKeepsItsOwnDirection() {
        List<WrappedText.Run> marked = WrappedText.markLeftToRightLines(List.of(
                new WrappedText.Run("لا للمعاهدة\n#CybercrimeTreaty #HumanRights", Font.getDefault(), Color.BLACK, false)));
        assertThat(marked.get(0).text()).isEqualTo("لا للمعاهدة\n\u200E#CybercrimeTreaty #HumanRights");
    }

    @Test
    void itIsTallerWhenNarrowerSoParentsGiveItRoom(FxRobot robot) {
        robot.interact(() -> {
            WrappedText text = new WrappedText(ARABIC);
            text.setLanguage("ar");
            assertThat(text.prefHeight(250)).isGreaterThan(text.prefHeight(4000) * 2);
        });
    }
}
