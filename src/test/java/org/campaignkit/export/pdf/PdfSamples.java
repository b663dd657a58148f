package org.campaignkit.export.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.PageSize;
import org.campaignkit.export.layout.Alignment;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.fonts.FontBook;

/** Hand-made layouts for the PDF tests, so they do not depend on the layout builder. */
final class PdfSamples {
    static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    private PdfSamples() {
    }

    static Paragraph para(ParagraphStyle style, String language, Span... spans) {
        StringBuilder text = new StringBuilder();
        for (Span s : spans) {
            text.append(s.text());
        }
        return new Paragraph(style, Scripts.direction(text.toString(), language), Alignment.START, List.of(spans));
    }

    static DocumentLayout layout(String language, List<Paragraph> paragraphs) {
        return new DocumentLayout("sample", OutputKind.PRESS_RELEASE, "Sample title " + language, language,
                Scripts.isRightToLeft(language) ? org.campaignkit.text.TextDirection.RTL : org.campaignkit.text.TextDirection.LTR,
                PageSize.A4, "images/logo.png", "#4B1D78", "#111111", paragraphs);
    }

    static ExportContext context() throws Exception {
        var kit = new KitReader().read(TestKit.BUNDLED).kit();
        return new ExportContext(kit, KitFiles.open(TestKit.BUNDLED), FontBook.bundled(), PlatformRules.bundled(),
                ExportOptions.defaults(DATE));
    }

    static List<Paragraph> mixed() {
        List<Paragraph> ps = new ArrayList<>();
        ps.add(para(ParagraphStyle.RELEASE_LINE, "en", Span.plain("FOR IMMEDIATE RELEASE")));
        ps.add(para(ParagraphStyle.TITLE, "en", Span.plain("Civil society urges states not to adopt a cybercrime treaty that endangers human rights")));
        ps.add(para(ParagraphStyle.BODY, "en", Span.plain("After three years of negotiations, "),
                new Span("Example Coalition", true, false, null), Span.plain(" warns that the "),
                new Span("office", false, true, null), Span.plain(" text lacks safeguards. See "),
                new Span("the campaign page", false, false, "https://example.org/cybercrime-treaty"), Span.plain(".")));
        ps.add(para(ParagraphStyle.HEADING, "ar", Span.plain("معاهدة الأمم المتحدة (2024) بشأن الجرائم الإلكترونية")));
        ps.add(para(ParagraphStyle.BODY, "ar", Span.plain("بعد ثلاث سنوات من المفاوضات في الأمم المتحدة، تقترب الحكومات من اعتماد معاهدة دولية جديدة. "),
                new Span("Example Coalition", true, false, null), Span.plain(" تحذّر من أن النص الحالي يفتقر إلى ضمانات حقوق الإنسان.")));
        ps.add(para(ParagraphStyle.LIST_BULLET, "ar", Span.plain("حصر المعاهدة في الجرائم التي تستهدف أنظمة الحاسوب والبيانات")));
        ps.add(para(ParagraphStyle.QUOTE, "zh-Hans", Span.plain("一项本应让人们在网上更安全的条约，不能成为迫害他们的工具。各国仍有时间纠正这一点，而且必须抓住这个机会。")));
        ps.add(para(ParagraphStyle.BODY, "hi", Span.plain("नमस्ते दुनिया: मानवाधिकार सुरक्षा उपाय")));
        ps.add(para(ParagraphStyle.BODY, "en", Span.plain("Emoji: ✊ 😀 📢 and Hebrew שלום and Greek Ελλάδα and Russian договор.")));
        return ps;
    }
}
