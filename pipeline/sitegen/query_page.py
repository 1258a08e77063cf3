"""The "query the data" page: how to open the ledger, example queries, the claim codes, every table's columns."""

from __future__ import annotations

from pipeline import storage
from schemas import TABLES

from .labels import AUTHOR, CLAIM_DEFINITION, FIELDS, UNNAMED, speaker_label
from .markup import esc, table

EXAMPLE_QUERIES = [
    (
        "每篇文章的主要叙事",
        "SELECT a.title, n.name_zh, an.weight\nFROM article_narratives an\nJOIN articles a USING (article_id)\n"
        "JOIN narratives n USING (narrative_id)\nORDER BY a.title, an.weight DESC;",
    ),
    (
        "以美元计的金额,从大到小",
        "SELECT quote, low, high, subject, metric, period\nFROM figures WHERE unit = 'USD'\nORDER BY high DESC;",
    ),
    (
        "有具名说话人的论断及其数据",
        "SELECT c.speaker, c.text, f.quote, f.unit\nFROM claims c\nJOIN claim_figures cf USING (claim_id)\n"
        "JOIN figures f USING (figure_id)\nWHERE c.speaker NOT IN ('author', 'unnamed');",
    ),
    (
        "分类与发现的叙事:文章数、时间与重合的分类叙事 (每周强度见 narrative_timeline)",
        "SELECT origin, name_zh, n_articles, first_seen, last_seen, taxonomy_overlap\nFROM narratives\n"
        "WHERE n_articles > 0\nORDER BY origin, n_articles DESC;",
    ),
    (
        "各说话人对各对象的立场",
        "SELECT speaker, about, stance, count(*) AS n\nFROM claims\nWHERE about IS NOT NULL\nGROUP BY ALL\n"
        "ORDER BY n DESC;",
    ),
]


def claim_codes() -> str:
    """The codes of the claims table and their labels on the site."""
    rows = [
        [f"<code>{column}</code>", ", ".join(f"<code>{code}</code> {esc(labels[code])}" for code in codes)]
        for column, _, codes, labels in FIELDS.values()
    ]
    speakers = ", ".join(f"<code>{code}</code> {esc(speaker_label(code, None))}" for code in (AUTHOR, UNNAMED))
    rows.append(["<code>speaker</code>", f"{speakers} (有署名时显示作者名), 其余为具名人士或机构"])
    return table(["列", "取值"], rows)


def query_page() -> str:
    parts = [
        "# 查询数据",
        "",
        "账本是一个 DuckDB 文件,在数据点页下载 (`ledger.duckdb.gz`,解压为 `ledger.duckdb`),"
        "可以直接用 Python 或 duckdb 命令行查询。"
        '列名 `start` 和 `end` 需要加双引号 (`"end"`)。',
        "",
        '```python\nimport duckdb\ncon = duckdb.connect("data/ledger.duckdb", read_only=True)\n'
        'con.sql("SELECT unit, count(*) FROM figures GROUP BY unit").show()\n```',
        "",
        "## 示例查询",
        "",
    ]
    for title, sql in EXAMPLE_QUERIES:
        parts += [f"### {title}", "", f"```sql\n{sql}\n```", ""]
    parts += ["## 论断的取值", "", CLAIM_DEFINITION, "", claim_codes(), ""]
    parts += ["## 表结构", ""]
    for name, model in TABLES.items():
        schema = model.to_schema()
        rows = [
            [f"<code>{esc(col)}</code>", esc(storage.sql_type(spec)), esc(spec.description or "")]
            for col, spec in schema.columns.items()
        ]
        parts += [f"### `{name}`", "", esc(schema.description or ""), "", table(["列", "类型", "说明"], rows), ""]
    return "\n".join(parts)
