package org.policykg.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A document's text in the other forms it arrives in: encodings, a web page with site chrome,
 * DOCX, DOC and PDF. One source line becomes one paragraph (Word), one {@code <p>} (HTML) or one
 * text line (PDF), as a publisher's export would have it.
 */
public final class Forms {
    private Forms() {
    }

    public static byte[] encoded(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        byte[] mark = !bom ? new byte[0] : charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    /** A government site's article page: navigation, breadcrumbs, share bar, related links, footer with ICP number. */
    public static byte[] webPage(String text, Charset charset) {
        StringBuilder article = new StringBuilder();
        text.lines().forEach(l -> article.append("<p>").append(escape(l)).append("</p>\n"));
        String page = """
                <!DOCTYPE html>
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">
                <title>政务公开 - 某某市人民政府</title><script>var _hmt = _hmt || [];</script>
                <style>.nav{float:left}</style></head>
                <body>
                <div class="top">设为首页 | 加入收藏 | 无障碍浏览</div>
                <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
                <li><a href="/hdjl">互动交流</a></li><li><a href="/bsfw">办事服务</a></li></ul></div>
                <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 通知公告</div>
                <div class="main"><div id="zoom">
                %s</div>
                <div class="share">分享到：微信 微博</div>
                <div class="related"><h3>相关文章</h3><ul><li><a href="/a/1">关于开展环境保护检查的通知</a></li>
                <li><a href="/a/2">市政府召开常务会议</a></li></ul></div></div>
                <div class="footer"><p>主办单位：某某市人民政府办公室 版权所有</p>
                <p>网站标识码：3607000001 赣ICP备05004128号 赣公网安备 36070202000123号</p>
                <p>联系我们 | 网站地图</p></div>
                </body></html>
                """.formatted(charset.name(), article);
        return page.getBytes(charset);
    }

    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text.lines().forEach(line -> {
                XWPFRun run = doc.createParagraph().createRun();
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        run.addTab();
                    }
                    run.setText(cells[i], i);
                }
            });
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POI cannot make a Word 97 file from nothing: the text replaces that of a one-word template. */
    public static byte[] doc(String text) {
        try (InputStream template = Forms.class.getResourceAsStream("/org/policykg/read/template.doc");
                HWPFDocument doc = new HWPFDocument(template); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Range range = doc.getRange();
            String old = range.text();
            range.replaceText(old.substring(0, old.length() - 1), text.strip().replace("\n", "\r"));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF whose text layer holds the lines, one text line each on a page wide enough for the
     * longest. The font is referenced, not embedded (CID = Unicode code unit, with a ToUnicode map):
     * text extraction needs no glyphs, so no CJK font has to be installed to make or read it.
     */
    public static byte[] pdf(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        int longest = Math.max(1, lines.stream().mapToInt(String::length).max().orElse(1));
        float size = Math.min(10f, 14000f / longest);
        float leading = size * 1.6f;
        int perPage = (int) (14000 / leading);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary font = type0Font(doc);
            for (int first = 0; first < lines.size(); first += perPage) {
                List<String> pageLines = lines.subList(first, Math.min(lines.size(), first + perPage));
                doc.addPage(page(doc, font, pageLines, size, leading, longest));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a page and no text at all, as a scan without OCR is. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDStream content = new PDStream(doc);
            try (OutputStream os = content.createOutputStream()) {
                os.write("0.5 g 50 50 400 600 re f\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPage page(PDDocument doc, COSDictionary font, List<String> lines, float size, float leading, int longest)
            throws IOException {
        float width = longest * size + 72;
        float height = lines.size() * leading + 72;
        PDPage page = new PDPage(new PDRectangle(width, height));
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, fonts);
        page.setResources(new PDResources(resources));
        PDStream content = new PDStream(doc);
        try (OutputStream os = content.createOutputStream()) {
            StringBuilder ops = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "BT /F1 %.3f Tf %.3f TL 36 %.3f Td\n", size, leading, height - 36 - size));
            for (String line : lines) {
                ops.append('<').append(HexFormat.of().formatHex(line.getBytes(StandardCharsets.UTF_16BE))).append("> Tj T*\n");
            }
            os.write(ops.append("ET\n").toString().getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(content);
        return page;
    }

    private static COSDictionary type0Font(PDDocument doc) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "SeedSong");
        descriptor.setInt(COSName.FLAGS, 4);
        descriptor.setItem(COSName.FONT_BBOX, ints(0, -200, 1000, 800));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 800);
        descriptor.setInt(COSName.DESCENT, -200);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, "SeedSong");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "SeedSong");
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, toUnicode(doc));
        return font;
    }

    /** Code = UTF-16 code unit = Unicode, in blocks of 100 ranges as the CMap syntax allows. */
    private static COSStream toUnicode(PDDocument doc) throws IOException {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        for (int block = 0; block < 256; block += 100) {
            int end = Math.min(256, block + 100);
            cmap.append(end - block).append(" beginbfrange\n");
            for (int hi = block; hi < end; hi++) {
                cmap.append(String.format("<%02X00> <%02XFF> <%02X00>%n", hi, hi, hi));
            }
            cmap.append("endbfrange\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream os = stream.createOutputStream()) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static COSArray ints(int... values) {
        COSArray array = new COSArray();
        for (int v : values) {
            array.add(COSInteger.get(v));
        }
        return array;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
