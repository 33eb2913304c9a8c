package org.riskgraph.analysis.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riskgraph.analysis.search.ChinesePinyin;

class NameSimilarityTests {

  private final ChinesePinyin pinyin = new ChinesePinyin();
  private final NameSimilarity similarity = new NameSimilarity(SimilarCharacters.load());

  @ParameterizedTest
  @CsvSource({
    "张伟, 张伟, ''",
    "张伟, 张玮, homophone 伟/玮",
    "张伟, 章伟, homophone 张/章",
    "陈静, 程静, sounds alike 陈/程",
    "刘宁, 刘玲, sounds alike 宁/玲",
    "王玉兰, 王王兰, looks alike 玉/王",
    "张华伟, 张伟华, swapped 华伟",
    "张伟华, 张华, dropped 伟",
    "李芳芳, 李芳敏, different 芳/敏",
    "阿不都·热合曼, 阿不都热合曼, ''"
  })
  void namesTheVariationBetweenTwoNames(String a, String b, String expected) {
    NameSimilarity.Match match =
        similarity.compare(PersonName.of(a, pinyin), PersonName.of(b, pinyin));

    assertThat(String.join(", ", match.variations().stream().map(Object::toString).toList()))
        .isEqualTo(expected);
  }
}
