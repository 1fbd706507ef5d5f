package org.policykg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;

import com.hankcs.hanlp.HanLP;

/**
 * A synthetic corpus of local-government 生态文明 plans in the five styles of the shipped documents,
 * reproducible from a seed: the same (count, seed) writes byte-identical files.
 *
 * <ul>
 * <li>{@code trad}: a Traditional-script 目标任务 (number and date on the first line, 市各相關部門, tasks
 *     ending in {@code (責任部門:…)}), as 000;</li>
 * <li>{@code tab}: a 任务书 notice with a tab-separated indicator table and 1、 numbered tasks, as 001;</li>
 * <li>{@code cell}: a 行动方案 with an appendix responsibility table written one cell per line, as 002;</li>
 * <li>{@code lead}: a 实施方案 with {@code (牵头单位:…,责任单位:…)} after each task, as 003;</li>
 * <li>{@code news}: a news-style 工作要点 with unnumbered headings, as 004.</li>
 * </ul>
 * Places come from {@code ontology/vocab/places.ttl} (a city and its province), issuer codes of
 * provinces from {@code issuer-codes.ttl}; every document cites some of a shared pool of national
 * documents and of its province's documents (by number and title, by title only, or by number
 * only), names responsible bodies of its city, and sets numeric targets of known indicators.
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR COUNT [SEED]}.
 */
public final class CorpusGenerator {
    private static final String[] STYLES = {"trad", "tab", "cell", "lead", "news"};

    /** Shared national documents: title, number (null: cited by title only, as laws are). */
    private static final String[][] NATIONAL = {
        {"中共中央、国务院关于加快推进生态文明建设的意见", "中发〔2015〕12号"},
        {"生态文明体制改革总体方案", "中发〔2015〕25号"},
        {"国务院关于印发大气污染防治行动计划的通知", "国发〔2013〕37号"},
        {"国务院关于印发水污染防治行动计划的通知", "国发〔2015〕17号"},
        {"国务院关于印发土壤污染防治行动计划的通知", "国发〔2016〕31号"},
        {"国务院关于印发“十三五”生态环境保护规划的通知", "国发〔2016〕65号"},
        {"关于全面推行河长制的意见", "厅字〔2016〕42号"},
        {"关于划定并严守生态保护红线的若干意见", "厅字〔2017〕2号"},
        {"国务院办公厅关于健全生态保护补偿机制的意见", "国办发〔2016〕31号"},
        {"关于开展第二批生态文明先行示范区建设的通知", "发改环资〔2015〕3214号"},
        {"中华人民共和国环境保护法", null},
        {"中华人民共和国水污染防治法", null},
    };

    private record Indicator(String label, String unit, double low, double high, int decimals, String comparator) {
    }

    private static final Indicator[] INDICATORS = {
        new Indicator("空气质量优良天数比率", "%", 75, 95, 1, "达到"),
        new Indicator("PM2.5年均浓度", "微克/立方米", 28, 55, 0, "控制在"),
        new Indicator("森林覆盖率", "%", 18, 68, 1, "达到"),
        new Indicator("林木覆盖率", "%", 20, 40, 1, "达到"),
        new Indicator("地表水优于Ⅲ类比例", "%", 55, 95, 1, "达到"),
        new Indicator("集中式饮用水水源地水质达标率", "%", 95, 100, 0, "达到"),
        new Indicator("城镇污水处理率", "%", 85, 98, 0, "达到"),
        new Indicator("生活垃圾无害化处理率", "%", 95, 100, 0, "达到"),
        new Indicator("建成区绿化覆盖率", "%", 36, 45, 1, "达到"),
        new Indicator("秸秆综合利用率", "%", 85, 96, 0, "达到"),
        new Indicator("万元GDP用水量", "立方米", 30, 90, 0, "控制在"),
        new Indicator("湿地保护率", "%", 40, 70, 0, "达到"),
        new Indicator("自然岸线保有率", "%", 35, 60, 0, "不低于"),
        new Indicator("农田灌溉水有效利用系数", "", 0.55, 0.7, 3, "达到"),
    };

    /** City departments: full name (市 + name) and the short forms documents use. */
    private static final String[][] DEPARTMENTS = {
        {"环境保护局", "环保局"}, {"发展和改革委员会", "发改委"}, {"经济和信息化委员会", "经信委"},
        {"国土资源局", "国土局"}, {"住房和城乡建设局", "住建局"}, {"农业委员会", "农委"}, {"水利局", "水利局"},
        {"林业局", "林业局"}, {"交通运输局", "交通局"}, {"财政局", "财政局"}, {"城市管理局", "城管局"},
        {"商务局", "商务局"}, {"科学技术局", "科技局"}, {"统计局", "统计局"}, {"市场监督管理局", "市场监管局"},
        {"卫生和计划生育委员会", "卫计委"}, {"教育局", "教育局"}, {"公安局", "公安局"}, {"规划局", "规划局"},
        {"旅游局", "旅游局"},
    };

    /** Task headings and their sentences; {X} is a target clause, {P} the city, {D} a shared document. */
    private static final String[][] TASKS = {
        {"深入实施大气污染防治行动", "全面落实{D}，持续开展燃煤锅炉整治和工业废气治理，加强机动车尾气监管。到{Y}年，全市{X}。"},
        {"全面推进水污染防治", "深入落实{D}，全面推行河长制，加强重点流域综合整治和黑臭水体治理。到{Y}年，{X}。"},
        {"加强土壤污染防治", "开展土壤污染状况详查，建立污染地块名录和开发利用负面清单，严格控制新增土壤污染。"},
        {"严守生态保护红线", "按照{D}要求，完成生态保护红线勘界定标，建立红线管控和补偿制度。到{Y}年，{X}。"},
        {"推进国土绿化行动", "大力实施植树造林和森林抚育，建设城市绿道和生态廊道。到{Y}年，全市{X}。"},
        {"推动产业绿色转型", "加快淘汰落后产能，发展节能环保产业和循环经济，推进工业园区循环化改造。"},
        {"加强城乡环境综合整治", "推进农村生活污水和垃圾治理，开展美丽乡村建设，完善城乡环卫一体化机制。到{Y}年，{X}。"},
        {"健全生态文明制度体系", "落实{D}，完善自然资源资产产权制度和生态环境损害赔偿制度，推行排污权有偿使用和交易。"},
        {"提升资源利用效率", "实行最严格水资源管理制度，推进节水型社会建设，加强能源消费总量和强度双控。到{Y}年，{X}。"},
        {"加强湿地和岸线保护", "实施湿地保护与修复工程，严格岸线开发管控，恢复滨水生态空间。到{Y}年，{X}。"},
        {"强化环境监管执法", "严格执行{D}，开展环境执法专项行动，完善网格化环境监管体系，依法查处环境违法行为。"},
        {"倡导绿色生活方式", "开展绿色家庭、绿色学校、绿色社区创建，推广绿色出行，推进生活垃圾分类。"},
    };

    private static final String[] SECTIONS = {"优化国土空间开发格局", "加快产业结构调整", "改善生态环境质量",
        "加强生态保护与修复", "健全生态文明制度", "培育生态文化"};

    private record Place(String city, String province, String provinceShort) {
    }

    private record ShortDoc(String title, String number) {
    }

    private final Random random;
    private final List<Place> places;
    private final Map<String, List<String>> provinceCodes;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
        Model places = vocabulary("ontology/vocab/places.ttl");
        Model issuers = vocabulary("ontology/vocab/issuer-codes.ttl");
        this.places = cities(places);
        this.provinceCodes = provinceCodes(issuers, places);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator OUT_DIR COUNT [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        long bytes = new CorpusGenerator(seed).write(out, count);
        System.out.printf("wrote %d documents (%.1f MB) to %s, seed %d%n", count, bytes / 1e6, out, seed);
    }

    /** Writes {@code count} documents into {@code dir}; returns the bytes written. */
    public long write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String style = STYLES[i % STYLES.length];
            String text = document(i, style);
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("g%06d_%s.txt", i, style)), data);
            bytes += data.length;
        }
        return bytes;
    }

    /** One document; the i-th call in a sequence with the same seed is always the same text. */
    public String document(int index, String style) {
        Place place = places.get(random.nextInt(places.size()));
        int year = 2016 + random.nextInt(5);
        String cityShort = place.city().substring(0, 1);
        String number = cityShort + pick("政办发", "政发", "办发", "环发") + "〔" + year + "〕" + (1 + random.nextInt(180)) + "号";
        String date = year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
        List<String> cited = citations(place, year);
        return switch (style) {
            case "trad" -> HanLP.convertToTraditionalChinese(traditionalStyle(place, year, number, date, cited));
            case "tab" -> tableStyle(place, year, date, cited);
            case "cell" -> cellStyle(place, year, number, date, cited);
            case "lead" -> leadStyle(place, year, cited);
            default -> newsStyle(place, year, cited);
        };
    }

    private String traditionalStyle(Place p, int year, String number, String date, List<String> cited) {
        String title = year + "年" + p.city() + "生态文明建设目标任务";
        StringBuilder t = new StringBuilder();
        t.append(number).append(" ").append(date).append("\n");
        t.append("市各相关部门:\n");
        t.append("《").append(title).append("》已经市政府同意,现印发给你们,请认真抓好落实。\n");
        t.append(title).append("\n");
        t.append("根据").append(cited.get(0)).append("和").append(cited.get(1)).append("精神,为扎实推进生态文明建设,特制定").append(title).append("。\n");
        int sections = 4 + random.nextInt(3);
        for (int s = 0; s < sections; s++) {
            t.append(chineseOrdinal(s + 1)).append("、").append(SECTIONS[(s + random.nextInt(2)) % SECTIONS.length]).append("\n");
            int items = 3 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                String[] task = TASKS[random.nextInt(TASKS.length)];
                t.append("(").append(chineseOrdinal(i + 1)).append(")").append(task[0]).append("\n");
                t.append(taskText(task[1], p, year, cited)).append("(责任部门:").append(String.join("、", bodies(p, 2 + random.nextInt(4), true))).append(")\n");
            }
        }
        return t.toString();
    }

    private String tableStyle(Place p, int year, String date, List<String> cited) {
        String title = p.city() + year + "年度生态文明建设工程目标任务书";
        String issuer = p.city() + "人民政府";
        StringBuilder t = new StringBuilder("\n\n");
        t.append("关于印发《").append(title).append("》的通知\n\n");
        t.append("各县（市、区）人民政府，市各有关部门：\n\n");
        t.append("根据全市生态文明建设工作统一部署要求，现将《").append(title).append("》印发给你们，请按照时限要求，精心组织实施，确保完成任务。\n\n");
        t.append(issuer).append("\n\n").append(date.replaceAll("(\\d+)", " $1 ").strip()).append("\n\n");
        t.append(title).append("\n\n一、主要指标\n\n");
        t.append("分 类\t序 号\t指标名称\t单位\t目标值\n");
        int rows = 6 + random.nextInt(6);
        List<Indicator> chosen = indicators(rows);
        for (int r = 0; r < chosen.size(); r++) {
            Indicator ind = chosen.get(r);
            t.append(r == 0 ? "生 态 环 境" : "").append("\t").append(r + 1).append("\t").append(ind.label()).append("\t")
                    .append(ind.unit().isEmpty() ? "—" : ind.unit()).append("\t").append(value(ind)).append("\n");
        }
        t.append("\n二、重点工作\n\n");
        int sections = 3 + random.nextInt(3);
        int n = 1;
        for (int s = 0; s < sections; s++) {
            t.append("（").append(chineseOrdinal(s + 1)).append("）").append(SECTIONS[random.nextInt(SECTIONS.length)]).append("\n\n");
            int items = 3 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                String[] task = TASKS[random.nextInt(TASKS.length)];
                t.append(n++).append("、").append(task[0]).append("\n\n");
                t.append(taskText(task[1], p, year, cited).replace(',', '，')).append("（责任单位：")
                        .append(String.join("、", bodies(p, 1 + random.nextInt(3), true))).append("）\n\n");
            }
        }
        return t.toString();
    }

    private String cellStyle(Place p, int year, String number, String date, List<String> cited) {
        String title = "美丽" + p.city().replaceAll("市$", "") + "建设行动方案(" + year + "-" + (year + 4) + ")";
        StringBuilder t = new StringBuilder();
        t.append("中共").append(p.city()).append("委办公室文件\n\n").append(number).append("\n\n");
        t.append("关于印发《").append(title).append("》的通知\n\n");
        t.append("各县(市、区)党委和人民政府,市级各部门:\n\n");
        t.append("《").append(title).append("》已经市委、市政府同意,现印发给你们,请认真贯彻执行。\n\n");
        t.append("中共").append(p.city()).append("委办公室\n\n").append(date).append("\n\n");
        t.append(title).append("\n\n");
        t.append("为深入贯彻落实").append(cited.get(0)).append("、").append(cited.get(1)).append("文件精神,结合我市实际,制定如下方案。\n\n");
        t.append("一、主要目标\n\n");
        for (Indicator ind : indicators(3)) {
            t.append("到").append(year + 4).append("年,全市").append(target(ind)).append("。");
        }
        t.append("\n\n二、主要任务\n\n");
        List<String[]> actions = new ArrayList<>();
        int items = 5 + random.nextInt(5);
        for (int i = 0; i < items; i++) {
            String[] task = TASKS[random.nextInt(TASKS.length)];
            actions.add(task);
            t.append("(").append(chineseOrdinal(i + 1)).append(")").append(task[0]).append("。")
                    .append(taskText(task[1], p, year, cited)).append("\n\n");
        }
        t.append("附件:").append(title).append("任务责任分解表\n\n附件\n\n").append(title).append("任务责任分解表\n\n");
        t.append("序号\n\n专项行动\n\n(牵头单位)\n\n主要任务\n\n责任单位\n\n(排在第一位的为牵头单位)\n\n");
        for (int i = 0; i < actions.size(); i++) {
            List<String> lead = bodies(p, 1, false);
            t.append(i + 1).append("\n\n").append(actions.get(i)[0]).append("行动\n\n(").append(lead.get(0)).append(")\n\n");
            int tasks = 2 + random.nextInt(2);
            for (int k = 0; k < tasks; k++) {
                t.append(TASKS[random.nextInt(TASKS.length)][0]).append("\n\n")
                        .append(String.join("、", bodies(p, 2 + random.nextInt(3), false))).append("\n\n");
            }
        }
        t.append("中共").append(p.city()).append("委办公室\n\n").append(date).append("印发\n");
        return t.toString();
    }

    private String leadStyle(Place p, int year, List<String> cited) {
        String title = p.city() + "关于加快推进生态文明建设实施方案";
        StringBuilder t = new StringBuilder();
        t.append("返回主站>> | 设为首页 | 加入收藏\n当前位置:首页 > 政府文件\n").append(title).append("\n\n");
        t.append("索引号:").append(10000 + random.nextInt(89999)).append("/").append(year).append("-").append(random.nextInt(9999))
                .append(" 公开日期:").append(year).append("/").append(1 + random.nextInt(12)).append("/").append(1 + random.nextInt(28))
                .append(" 10:00:00 发布单位:").append(p.city()).append("人民政府办公室\n\n");
        t.append("        为加快建设绿色生态之城,根据").append(String.join("、", cited.subList(0, Math.min(3, cited.size()))))
                .append(",结合我市实际,制定本实施方案。\n\n");
        t.append("一、总体要求\n\n(一)主要目标\n\n        到").append(year + 4).append("年,");
        for (Indicator ind : indicators(3)) {
            t.append(target(ind)).append(",");
        }
        t.setLength(t.length() - 1);
        t.append("。\n\n");
        int sections = 3 + random.nextInt(3);
        int n = 1;
        for (int s = 0; s < sections; s++) {
            t.append(chineseOrdinal(s + 2)).append("、").append(SECTIONS[random.nextInt(SECTIONS.length)]).append("\n\n");
            int items = 3 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                String[] task = TASKS[random.nextInt(TASKS.length)];
                List<String> lead = bodies(p, 1 + random.nextInt(2), false);
                List<String> support = bodies(p, 2 + random.nextInt(3), false);
                support.removeAll(lead);
                t.append(n++).append(".").append(task[0]).append("。").append(taskText(task[1], p, year, cited))
                        .append("(牵头单位:").append(String.join("、", lead));
                if (!support.isEmpty()) {
                    t.append(",责任单位:").append(String.join("、", support));
                }
                t.append(")\n\n");
            }
        }
        t.append("版权所有 : ").append(p.city()).append("人民政府\n");
        return t.toString();
    }

    private String newsStyle(Place p, int year, List<String> cited) {
        StringBuilder t = new StringBuilder();
        t.append("近日,记者从市生态文明建设领导小组办公室获悉,为深入贯彻绿色发展理念,").append(p.city()).append("出台了")
                .append(year).append("年生态文明建设工作要点。要点提出,全市生态文明建设工作要紧紧围绕")
                .append(p.province()).append("委、省政府的战略部署,确保生态文明建设取得重大成效。\n");
        int headings = 4 + random.nextInt(4);
        for (int h = 0; h < headings; h++) {
            t.append(pick("构筑城乡规划新格局", "打好污染防治攻坚战", "实现重点项目新突破", "筑牢生态安全屏障", "健全生态文明制度")).append("\n");
            int paragraphs = 2 + random.nextInt(3);
            for (int k = 0; k < paragraphs; k++) {
                String[] task = TASKS[random.nextInt(TASKS.length)];
                t.append(task[0]).append("。").append(taskText(task[1], p, year, cited));
                if (random.nextBoolean()) {
                    t.append("由").append(String.join("、", bodies(p, 1 + random.nextInt(2), true))).append("负责。");
                }
                t.append("\n");
            }
        }
        return t.toString();
    }

    private String taskText(String template, Place p, int year, List<String> cited) {
        String text = template.replace("{P}", p.city()).replace("{Y}", String.valueOf(year + 2 + random.nextInt(3)));
        while (text.contains("{D}")) {
            text = text.replaceFirst("\\{D\\}", java.util.regex.Matcher.quoteReplacement(cited.get(random.nextInt(cited.size()))));
        }
        while (text.contains("{X}")) {
            text = text.replaceFirst("\\{X\\}", java.util.regex.Matcher.quoteReplacement(target(INDICATORS[random.nextInt(INDICATORS.length)])));
        }
        return text + (random.nextBoolean() ? pick(FILLER) : "");
    }

    private static final String[] FILLER = {
        "加强部门协调联动,明确责任分工,建立工作台账,定期调度推进,确保各项任务按时保质完成。",
        "强化资金保障和政策支持,鼓励社会资本参与,形成政府主导、企业主体、社会参与的工作格局。",
        "完善考核评价机制,将任务完成情况纳入年度目标责任制考核,对工作不力的单位予以通报。",
        "加大宣传力度,及时总结推广先进经验和典型做法,营造全社会共同参与的良好氛围。"};

    private String target(Indicator ind) {
        String value = value(ind);
        return ind.label() + ind.comparator() + value + ind.unit() + (ind.comparator().equals("达到") && random.nextBoolean() ? "以上" : "");
    }

    private String value(Indicator ind) {
        double v = ind.low() + random.nextDouble() * (ind.high() - ind.low());
        return ind.decimals() == 0 ? String.valueOf(Math.round(v)) : String.format("%." + ind.decimals() + "f", v);
    }

    private List<Indicator> indicators(int n) {
        List<Indicator> all = new ArrayList<>(List.of(INDICATORS));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, all.size()));
    }

    /** Responsible bodies of the city, under short (市环保局) or full (南通市环境保护局) names. */
    private List<String> bodies(Place p, int n, boolean cityPrefix) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String[] d = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            String name = switch (random.nextInt(4)) {
                case 0 -> p.city() + d[0];
                case 1 -> "市" + d[1];
                default -> cityPrefix && out.isEmpty() ? "市" + d[1] : d[1];
            };
            if (out.stream().noneMatch(o -> o.endsWith(d[1]) || o.endsWith(d[0]))) {
                out.add(name);
            }
        }
        return out;
    }

    /** Two to five citations: national and provincial, by title and number, by title only or by number only. */
    private List<String> citations(Place p, int year) {
        List<String> out = new ArrayList<>();
        int national = 1 + random.nextInt(3);
        for (int i = 0; i < national; i++) {
            String[] doc = NATIONAL[random.nextInt(NATIONAL.length)];
            out.add(cite(doc[0], doc[1]));
        }
        List<ShortDoc> provincial = provincialDocuments(p);
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            ShortDoc doc = provincial.get(random.nextInt(provincial.size()));
            out.add(cite(doc.title(), doc.number()));
        }
        java.util.Collections.shuffle(out, random);
        return out.stream().distinct().toList();
    }

    private String cite(String title, String number) {
        if (number == null) {
            return "《" + title + "》";
        }
        return switch (random.nextInt(5)) {
            case 0 -> "《" + title + "》";
            case 1 -> number;
            default -> "《" + title + "》(" + number + ")";
        };
    }

    /** The province's own documents every city of it may cite: fixed per province (not drawn from the seed). */
    private List<ShortDoc> provincialDocuments(Place p) {
        List<String> codes = provinceCodes.getOrDefault(p.province(), List.of(p.provinceShort() + "政发", p.provinceShort() + "政办发"));
        int h = Math.abs(p.province().hashCode());
        String[] titles = {p.province() + "人民政府关于加快推进生态文明建设的实施意见", p.province() + "生态环境保护“十三五”规划",
            p.province() + "水污染防治工作方案", p.province() + "大气污染防治行动计划实施方案"};
        List<ShortDoc> out = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            String code = codes.get((h + i) % codes.size());
            out.add(new ShortDoc(titles[i], code + "〔" + (2015 + (h + i) % 3) + "〕" + (10 + (h / 7 + 13 * i) % 150) + "号"));
        }
        return out;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String chineseOrdinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : "十" + digits[n - 10];
    }

    private static Model vocabulary(String path) {
        Model m = ModelFactory.createDefaultModel();
        Path file = Path.of(path);
        if (Files.exists(file)) {
            RDFDataMgr.read(m, file.toString());
        } else {
            try (InputStream in = CorpusGenerator.class.getResourceAsStream("/" + path.replaceFirst("^ontology/", "ontology/"))) {
                RDFDataMgr.read(m, in, org.apache.jena.riot.Lang.TURTLE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return m;
    }

    private static final String LEVEL = "https://w3id.org/policykg/vocab/level/";
    private static final String PKG = "https://w3id.org/policykg/ontology#";

    private static List<Place> cities(Model places) {
        var level = places.createProperty(PKG + "administrativeLevel");
        List<Place> out = new ArrayList<>();
        places.listSubjectsWithProperty(level, places.createResource(LEVEL + "municipal")).forEachRemaining(city -> {
            Resource province = city.getPropertyResourceValue(SKOS.broader);
            if (province == null || !province.hasProperty(level, places.createResource(LEVEL + "provincial"))) {
                return;
            }
            String provinceShort = province.listProperties(SKOS.altLabel).toList().stream().map(s -> s.getString())
                    .filter(s -> s.length() == 1).findFirst().orElse(province.getProperty(SKOS.prefLabel).getString().substring(0, 1));
            out.add(new Place(city.getProperty(SKOS.prefLabel).getString(), province.getProperty(SKOS.prefLabel).getString(), provinceShort));
        });
        out.sort(Comparator.comparing(Place::city));
        return out;
    }

    private static Map<String, List<String>> provinceCodes(Model issuers, Model places) {
        var level = issuers.createProperty(PKG + "administrativeLevel");
        Map<String, List<String>> out = new LinkedHashMap<>();
        issuers.listSubjectsWithProperty(level, issuers.createResource(LEVEL + "provincial")).forEachRemaining(code -> {
            Resource spatial = code.getPropertyResourceValue(org.apache.jena.vocabulary.DCTerms.spatial);
            if (spatial != null && code.hasProperty(SKOS.notation)) {
                String province = places.createResource(spatial.getURI()).getProperty(SKOS.prefLabel) == null ? null
                        : places.createResource(spatial.getURI()).getProperty(SKOS.prefLabel).getString();
                if (province != null) {
                    out.computeIfAbsent(province, k -> new ArrayList<>()).add(code.getProperty(SKOS.notation).getString());
                }
            }
        });
        out.values().forEach(l -> l.sort(null));
        return out;
    }
}
