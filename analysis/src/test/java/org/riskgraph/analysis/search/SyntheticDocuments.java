package org.riskgraph.analysis.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.riskgraph.analysis.duplicates.SyntheticPopulation;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.phone.PhoneNumber;
import org.riskgraph.graph.vehicle.Plate;

/**
 * Search documents for a synthetic county: its residents, their phones and cars, and narratives.
 */
final class SyntheticDocuments {

  private static final String[] VILLAGE_STEMS = {
    "和平", "新村", "大营", "小河", "东山", "西河", "石板", "龙潭", "马街", "中和", "彩云", "太平", "永安", "长田",
    "团结", "红星", "青龙", "白沙", "黑井", "高峰", "三岔", "五里", "柳树", "桃园", "金沙", "银厂", "鹿城", "紫溪",
    "吕合", "东华", "子午", "苍岭", "八角", "树苴", "新街", "旧村", "河口", "坝子", "松林", "竹园"
  };
  private static final String[] STOLEN = {"电动车", "摩托车", "手机", "现金", "耕牛", "农用车", "电缆", "羊"};
  private static final String[] QUARRELS = {
    "宅基地边界", "土地承包", "借款", "工钱", "赡养老人", "山林权属", "排水沟", "婚姻"
  };

  final List<SearchDocument> documents = new ArrayList<>();
  final List<PersonDocument> persons = new ArrayList<>();
  final List<String> plates = new ArrayList<>();
  final List<String> phones = new ArrayList<>();
  final List<String> villageNames = new ArrayList<>();
  final List<PersonFacts> facts;

  SyntheticDocuments(int residents, int maxPhones, int incidents, int disputes, long seed) {
    Random random = new Random(seed);
    for (int v = 0; v < 89; v++) {
      villageNames.add(
          VILLAGE_STEMS[v % VILLAGE_STEMS.length]
              + (v < VILLAGE_STEMS.length ? "村" : "社区" + (v / VILLAGE_STEMS.length)));
    }
    facts =
        SyntheticPopulation.generate(
                new SyntheticPopulation.Config(residents, residents / 1000, 0.03, seed))
            .persons();
    Set<String> allPlates = new LinkedHashSet<>();
    Set<String> allPhones = new LinkedHashSet<>();
    for (PersonFacts p : facts) {
      PersonDocument doc =
          new PersonDocument(
              p.id(),
              p.name(),
              p.idNumber(),
              p.gender(),
              p.birthDate(),
              p.villageCode(),
              p.villageCode().map(this::villageName));
      persons.add(doc);
      allPlates.addAll(p.plates());
      p.phones().stream().filter(n -> allPhones.size() < maxPhones).forEach(allPhones::add);
    }
    documents.addAll(persons);
    allPlates.forEach(
        plate ->
            documents.add(
                new VehicleDocument(Plate.of(plate), Optional.of("轿车"), Optional.of("白色"))));
    allPhones.forEach(number -> documents.add(new PhoneDocument(PhoneNumber.of(number))));
    plates.addAll(allPlates);
    phones.addAll(allPhones);
    OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    for (int i = 0; i < incidents; i++) {
      String village = villageNames.get(random.nextInt(villageNames.size()));
      String name = facts.get(random.nextInt(facts.size())).name();
      IncidentCategory category =
          IncidentCategory.values()[random.nextInt(IncidentCategory.values().length)];
      String summary =
          switch (category) {
            case THEFT ->
                village + "村民" + name + "报称其" + STOLEN[random.nextInt(STOLEN.length)] + "被盗";
            case FRAUD -> name + "接到冒充客服电话被骗" + (1 + random.nextInt(50)) * 100 + "元";
            case ASSAULT -> name + "与邻居因琐事发生争执并动手，一人轻伤";
            case TRAFFIC -> village + "路段两辆" + STOLEN[random.nextInt(2)] + "相撞";
            default -> name + "报警称" + village + "有人聚众滋事";
          };
      documents.add(
          new IncidentDocument(
              "I%06d".formatted(i),
              category,
              summary,
              start.plusMinutes(random.nextInt(500_000)),
              "V" + i % 89,
              Optional.of(village)));
    }
    for (int i = 0; i < disputes; i++) {
      String village = villageNames.get(random.nextInt(villageNames.size()));
      String a = facts.get(random.nextInt(facts.size())).name();
      String b = facts.get(random.nextInt(facts.size())).name();
      String thing = QUARRELS[random.nextInt(QUARRELS.length)];
      documents.add(
          new DisputeDocument(
              "D%06d".formatted(i),
              DisputeCategory.values()[random.nextInt(DisputeCategory.values().length)],
              a + "与" + b + "因" + thing + "发生纠纷",
              start.plusMinutes(random.nextInt(500_000)),
              "V" + i % 89,
              Optional.of(village)));
    }
  }

  String villageName(String code) {
    return villageNames.get(Integer.parseInt(code.substring(1)) - 1);
  }
}
