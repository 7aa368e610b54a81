"""The page skeleton shared by the feedback page and the class report.

Self-contained: inline CSS, the system's own fonts, no script, no link to anything outside
the file (plots are embedded as base64 PNG). Every string that comes from a submission or
a result (file names, cell sources, feedback text) goes through `escape` before it is
placed in the page, so `<script>` in a file name or an output stays text.
"""
import html

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       background: #f6f7f9; color: #1d2329; line-height: 1.45; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 32px 48px; background: #fff;
       min-height: 100vh; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.25em; margin: 32px 0 8px; border-bottom: 1px solid #dde1e6;
     padding-bottom: 4px; }
.subtitle { color: #5b6670; margin: 0 0 16px; }
.total { font-size: 2.4em; font-weight: 700; margin: 8px 0 16px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { text-align: left; padding: 4px 12px 4px 0; border-bottom: 1px solid #eceff2;
         vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 10px; background: #4c72b0; vertical-align: middle; }
.bar-track { display: inline-block; width: 120px; height: 10px; background: #e4e8ec; }
.passed { color: #1a7f37; } .failed { color: #c62828; }
ul.cases { list-style: none; padding-left: 0; }
ul.cases li { margin: 6px 0; }
.mark { display: inline-block; width: 1.4em; font-weight: 700; }
.kind { color: #5b6670; font-size: 0.9em; }
.mistake { background: #fff4e5; border-left: 4px solid #ef8e00; padding: 6px 12px;
           margin: 6px 0 6px 1.4em; }
.fault { background: #fdecea; border-left: 4px solid #c62828; padding: 8px 12px;
         margin: 12px 0; }
.where { background: #eef4fb; border-left: 4px solid #4c72b0; padding: 6px 12px;
         margin: 6px 0; }
pre { background: #f3f4f6; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap;
      word-break: break-word; margin: 6px 0 6px 1.4em; font-size: 0.9em; }
img.plot { display: block; max-width: 100%; margin: 8px 0 8px 1.4em; }
.muted { color: #5b6670; }
"""


def escape(value):
    """Any value as HTML text: `<`, `>`, `&` and quotes become entities."""
    return html.escape(str(value), quote=True)


def page(title, body, lang="en"):
    """A whole HTML document; `title` is escaped here, `body` must be escaped already."""
    return (f"<!DOCTYPE html>\n<html lang=\"{escape(lang)}\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            # no network: a browser honouring this refuses anything not inline
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "img-src data:; style-src 'unsafe-inline'\">\n"
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n"
            f"<body><main>\n{body}\n</main></body>\n</html>\n")


def score_bar(fraction):
    """A small horizontal bar for a fraction in [0, 1]."""
    width = round(120 * min(max(float(fraction), 0.0), 1.0))
    return (f'<span class="bar-track"><span class="bar" style="width:{width}px">'
            "</span></span>")


def number(value):
    """A score as text: 2.5, 3, 0.3333."""
    return f"{float(value):.4g}"
