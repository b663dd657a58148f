package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermMatcherTest {
    private static boolean has(String text, String term) {
        return TermMatcher.contains(TermMatcher.searchable(text), TermMatcher.fold(term));
    }

    @Test
    void wholeWordsIgnoringCase() {
        assertThat(has("The UN treaty", "un")).isTrue();
        assertThat(has("An unjust treaty", "un")).isFalse();
        assertThat(has("Human Rights first", "human rights")).isTrue();
        assertThat(has("Human\u00a0rights,  first", "human rights")).isTrue();
        assertThat(has("humanrights", "human rights")).isFalse();
        assertThat(has("Treaty", "treaty")).isTrue();
        assertThat(has("Treaty-making", "treaty")).isTrue();
        assertThat(has("treaty_x", "treaty")).isFalse();
    }

    @Test
    void chineseAndJapaneseNeedNoSpaces() {
        assertThat(has("一项旨在打击网络犯罪的联合国条约", "联合国")).isTrue();
        assertThat(has("联合国网络犯罪条约草案", "网络犯罪")).isTrue();
        assertThat(has("UN大会", "UN")).isTrue();
        assertThat(has("国連のサイバー犯罪条約", "サイバー犯罪")).isTrue();
        assertThat(has("一项条约", "联合国")).isFalse();
        assertThat(has("ＵＮ条约", "UN")).as("full-width letters fold to ASCII").isTrue();
    }

    @Test
    void hashtagsAreTheirOwnWords() {
        assertThat(has("Join us #CybercrimeTreaty", "#cybercrimetreaty")).isTrue();
        assertThat(has("Join us #CybercrimeTreatyNow", "#CybercrimeTreaty")).isFalse();
        assertThat(has("Stop #cybercrime today", "cybercrime")).as("a hashtag is not the plain word").isFalse();
        assertThat(has("Stop cybercrime today", "#cybercrime")).isFalse();
        assertThat(has("Tag @UN please", "UN")).isFalse();
    }

    @Test
    void arabicAndRussianWords() {
        assertThat(has("معاهدة الأمم المتحدة بشأن الجرائم الإلكترونية", "الأمم المتحدة")).isTrue();
        assertThat(has("للأمم المتحدة", "الأمم المتحدة")).isFalse();
        assertThat(has("\u200fمعاهدة\u200f الأمم المتحدة", "الأمم المتحدة")).as("direction marks are ignored").isTrue();
        assertThat(has("Договор ООН о киберпреступности", "договор ООН")).isTrue();
        assertThat(has("Договора", "договор")).isFalse();
    }

    @Test
    void markupPlaceholdersAndLinksAreNotText() {
        assertThat(has("**United Nations** agree", "United Nations")).isTrue();
        assertThat(has("Read [the campaign page](https://example.org/un)", "un")).isFalse();
        assertThat(has("See https://un.org/treaty now", "un")).isFalse();
        assertThat(has("{{organization}} says", "organization")).isFalse();
        assertThat(has("Sign [the UN letter](https://example.org)", "UN")).isTrue();
    }

    @Test
    void typographicApostrophesMatchTypewriterOnes() {
        assertThat(has("le traité de l’ONU", "traité de l'ONU")).isTrue();
        assertThat(has("le traité de l'ONU", "traité de l’ONU")).isTrue();
    }
}
