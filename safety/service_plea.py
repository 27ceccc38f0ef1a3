"""Whether help is asked for a task or from a scheme (手続きを助けてほしい, 助けてくれる制度), a service request, not
a plea for a person (母を助けて). Moved out of :mod:`safety.detect` and :mod:`safety.vocabulary` in round 47."""

from __future__ import annotations

from safety.vocabulary import PERSON_CONTEXT, compile_folded

# A plea for help whose object is a task, not a person (手続きを助けてほしい, 申請を手伝ってほしい): a service request.
PLEA_OBJECT = compile_folded(r"([^\n]{1,6})(?:を|の)(?:たすけ|助け|てつだ|手伝|てをかし|手を貸)")
# Help from the city or a scheme (市が助けてくれると聞きました, 助けでける制度ねえべか, 何か助けてもらえる制度):
# a service asked about, not a plea.
SCHEME_PLEA = compile_folded(
    r"(?:市|国|県|町|役所|やくしょ|くに)(?:か|は|て|で|から)(?:たすけ|助け)"
    # (round 55, wide57b: a hand lent too, and a register or a plan of who helps whom - 手を貸してもらえる名簿)
    r"|(?:たすけ|助け|てをかし|手を貸し|てつだっ|手伝っ)(?:て)?(?:くれる|ける|もらえる|いただける)(?:ような)?"
    r"(?:せいと|制度|しくみ|仕組み|さーひす|サービス|まとくち|窓口|しえん|支援|めいぼ|名簿|けいかく|計画|とうろく|登録)"
    r"|(?:なにか|何か|なんか)(?:たすけ|助け)(?:て)?(?:もらえ|いただけ|くれる)"
    # something one wants help with (助けてほしいことがあるんですが、申請書の書き方が; blind32a)
    r"|(?:たすけ|助け)(?:て)?(?:ほしい|欲しい|もらいたい|いただきたい)(?:こと|もの|の)(?:が|か)")


def service_plea_told(text: str) -> bool:
    """Whether help is asked for a task (手続きを助けてほしい) or from the city or a scheme (助けてくれる制度), not for
    a person (母を助けて)."""
    if SCHEME_PLEA.search(text):
        return True
    return any(not PERSON_CONTEXT.search(match.group(1)) for match in PLEA_OBJECT.finditer(text))


# Round 48: schoolwork too hard or too much, and a cry for help over it (算数の宿題むずかしすぎ たすけて, しゅくだいが
# おわらない だれか たすけてー, blind34b and blind47b): the plea is for the homework, not for a person. Every sign
# told with it still counts (算数の宿題してたら弟が倒れた たすけて: collapsed).
SCHOOLWORK = compile_folded(
    r"しゅくだい|宿題|かだい|課題|じゆうけんきゅう|自由研究|さんすう|算数|すうがく|数学|ぶんすう|分数|かけざん|掛け算"
    r"|わりざん|割り算|どりる|ドリル|さくぶん|作文|かんそうぶん|感想文|れぽーと|レポート|(?:てすと|テスト|しけん|試験)べんきょう"
    r"|(?:てすと|テスト|しけん|試験)勉強|(?:もんだい|問題)(?:が|の)?[^\n]{0,3}?(?:わから|わかん|分から|分かん|とけ|解け|むず|難)")


def schoolwork_plea_told(text: str) -> bool:
    """Whether the cry for help is over schoolwork (宿題むずかしすぎ たすけて): no call for a person's help."""
    return bool(SCHOOLWORK.search(text))

