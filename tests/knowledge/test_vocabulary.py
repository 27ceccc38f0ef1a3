"""The city's vocabulary file: format checks and rewrites (pure logic + the packaged file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import IngestError
from knowledge.japanese import MorphAnalyzer
from knowledge.normal_form import normalize_pattern, unreachable_pieces
from knowledge.vocabulary import DEFAULT_VOCABULARY_PATH, load_vocabulary, parse_vocabulary


def test_packaged_vocabulary_loads() -> None:
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert "印鑑" in vocabulary.synonyms["判子"]
    assert vocabulary.rewrite("ゴミの日") == "ごみの収集日"
    assert vocabulary.rewrite("役場さ行ぐんだべか") == "役場に行くのでしょうか"


def test_rubbish_heard_unvoiced_is_rubbish() -> None:
    """Whisper hears ゴミ as コミ now and then; a katakana word or 口コミ keeps its コミ."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("燃やせるコミの収集日はいつですか") == "燃やせるごみの収集日はいつですか"
    assert vocabulary.rewrite("コミの分別") == "ごみの分別"
    for kept in ("コミュニティ課", "コミュニケーションボード", "マスコミ", "口コミ", "くちコミ", "コミック"):
        assert vocabulary.rewrite(kept) == kept


def test_the_address_copy_is_the_residence_record() -> None:
    """「住所の写し」 and the certificate described (「住所を証明する書類」, 「住所の証明」, 「住所証明の紙」:
    six writers' sets) reach 住民票. The described form was left alone in the thirteenth session (the Osaki
    online-request entry then competed with the counter entry for 住民票の写し); the seventeenth measured it again:
    Osaki 2-6 unchanged, 「住民票の写しがほしいです」 answered by the counter entry (docs/search-quality.md)."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("母の住所の写しを代わりに取りたい") == "母の住民票の写しを代わりに取りたい"
    assert vocabulary.rewrite("住所を証明する書類をネットで申し込んで") == "住民票をネットで申し込んで"
    assert vocabulary.rewrite("今住んでいる住所の証明を一通もらう") == "今住んでいる住民票を一通もらう"
    assert vocabulary.rewrite("住所証明の紙ってどこでもらえる") == "住民票ってどこでもらえる"
    assert vocabulary.rewrite("住所のつながりを証明する") == "住所のつながりを証明する"  # the 附票 entry's own words


def test_rewrites_apply_in_order() -> None:
    vocabulary = parse_vocabulary({"rewrites": [["ab", "x"], ["x", "y"]]}, source="t")
    assert vocabulary.rewrite("abc") == "yc"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (["a"], "must be a mapping"),
        ({"synonym": {}}, "unknown section"),
        ({"synonyms": {"a": "b"}}, "must be a list"),
        ({"rewrites": [["(", "x"]]}, "invalid pattern"),
        ({"rewrites": [["a"]]}, "pair of strings"),
    ],
)
def test_bad_vocabulary_names_the_problem(data: object, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        parse_vocabulary(data, source="vocab.yaml")


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "v.yaml"
    path.write_text("synonyms: [unclosed", "utf-8")
    with pytest.raises(IngestError, match=r"v\.yaml"):
        load_vocabulary(path)
    with pytest.raises(IngestError, match="cannot read"):
        load_vocabulary(tmp_path / "missing.yaml")


@pytest.mark.parametrize(
    ("telling", "faq_question", "shared"),
    [
        ("病院でおめでたと言われました", "妊娠したら、母子健康手帳はどこでもらえますか。", "妊娠"),
        ("育休が明けて職場復帰します", "保育所(保育園)に入所させたい。申込方法は?", "保育所"),
        ("使わなくなったベッドとソファを手放したい", "粗大ごみはどうやって出せばよいですか。", "粗大塵"),
        ("古い実家を解体して更地にした", "家屋を取り壊したとき、固定資産税の手続きは必要ですか。", "取り壊す"),
        ("斎場で荼毘に付したい", "火葬場(斎苑)の申込方法と使用料を教えてください。", "火葬場"),
        ("孫に旅券を取りに行ってもらう", "パスポートの受け取りは代理人でもできますか。", "パスポート"),
    ],
)
def test_life_events_reach_the_procedure_terms(
    analyzer: MorphAnalyzer, telling: str, faq_question: str, shared: str
) -> None:
    """A life event told without the procedure's name shares the procedure's term only through the packaged synonyms."""
    entry = set(analyzer.terms(faq_question, expand=False))
    assert shared in entry
    assert shared not in analyzer.terms(telling, expand=False)
    assert shared in analyzer.terms(telling)


def test_life_event_synonyms_are_analyzer_forms(analyzer: MorphAnalyzer) -> None:
    """Each life-event key and its terms are Sudachi normalized forms (a key the analyzer never yields is dead)."""
    synonyms = load_vocabulary(DEFAULT_VOCABULARY_PATH).synonyms
    for key in ("他界", "転勤", "おめでた", "育休", "職場復帰", "放課後", "リストラ", "無職", "天引き", "人間ドック",
                "解体", "旅券", "海外旅行", "ソファー", "空き箱", "入籍", "浸かる", "勤め先", "修学旅行", "日曜",
                "県外", "代わり", "電柱", "稼ぎ", "首", "119", "見当たる", "子ども手当"):
        assert key in analyzer.terms(key, expand=False), key
        for term in synonyms[key]:
            assert term in analyzer.terms(term, expand=False), (key, term)


@pytest.mark.parametrize(
    ("telling", "entry_question", "sibling_question", "separating"),
    [
        ("記念日の日曜に入籍したい", "休日や夜間でも婚姻届や出生届などの戸籍の届出はできますか。",
         "市役所の窓口の受付時間は何時までですか。", "休日"),
        ("県外に移るので届けを出したい", "市外へ引っ越すときの転出届はどうすればよいですか。",
         "市内で引っ越したときの手続き(転居届)は?", "外"),
        ("入院中の父の実印を代わりに届けたい", "本人が来られない場合、代理人が印鑑登録をすることはできますか。",
         "印鑑登録をしたいのですが、何が必要ですか。", "代理"),
        ("給料の振込先の銀行を変えた", "口座振替の引き落とし日や、口座の変更・停止の方法は?",
         "市税をコンビニで納めることはできますか。", "口座"),
        # 電柱の明かり itself is rewritten to 防犯灯 since the thirty-ninth session; the pole alone keeps the synonym
        ("家の前の電柱が夜になっても暗いまま", "防犯灯(街灯)が切れているときは、どこに連絡すればよいですか。",
         "幹線道路などの大きな道路照明灯が消えているときは?", "防犯"),
        ("畑に古タイヤを置いていかれた", "自分の土地に不法投棄されたら、誰が片付けるのですか。",
         "不法投棄を見つけたら、どこに連絡すればよいですか。", "土地"),
    ],
)
def test_neighbouring_entries_are_told_apart_by_the_packaged_synonyms(
    analyzer: MorphAnalyzer, telling: str, entry_question: str, sibling_question: str, separating: str
) -> None:
    """The word that tells an entry from its sibling reaches the telling only through the packaged synonyms."""
    assert separating in analyzer.terms(entry_question, expand=False)
    assert separating not in analyzer.terms(sibling_question, expand=False)
    assert separating not in analyzer.terms(telling, expand=False)
    assert separating in analyzer.terms(telling)


def test_packaged_synonyms_all_match(analyzer: MorphAnalyzer) -> None:
    """Every key and term of the packaged file is a form the analyzer yields (`knowledge lint --vocabulary`)."""
    from knowledge.lint import check_vocabulary

    assert check_vocabulary(load_vocabulary(DEFAULT_VOCABULARY_PATH), analyzer) == []


def test_the_eighteenth_sessions_phrasings_reach_the_entries(analyzer: MorphAnalyzer) -> None:
    """faq-15's kinds (each in at least two other writers' sets): the vacant family home, savings run out, and
    something lost (dialect なぐした, keywords 紛失) -> the entries' なくす."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("実家が空いたまま") == "実家が空き家まま"
    assert vocabulary.rewrite("失業して貯金も底をつき") == "失業して生活に困り、貯金も底をつき"
    assert vocabulary.rewrite("貯金が尽きて") == "生活に困り、貯金が尽きて"
    assert "なくす" in analyzer.terms("利用カードをなくしたときは", expand=False)  # the entries' word
    assert "なくす" in analyzer.terms("図書館のカードなぐしたっちゃ")
    assert "なくす" in analyzer.terms("予診票 紛失 再発行")


def test_the_nineteenth_sessions_phrasings_reach_the_entries(analyzer: MorphAnalyzer) -> None:
    """faq-16's kinds (each in at least two other writers' sets) and 119番するほどか: the certificate described, making
    the card (kanji or kana, not a reissue), the payment app's name, and calling 119 as the entries say it."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert "独身" in analyzer.terms("結婚してない証明ってもらえる?")
    assert "独身" in analyzer.terms("結婚してねえって証明、役場で出してもらえっぺか")
    assert "申請" in analyzer.terms("マイナンバーカードを作りたい")
    assert "申請" in analyzer.terms("まいなんばーかーど つくりかた")  # a kana question's analysis too
    assert "申請" in analyzer.terms("マイナカード作ろうと思う")
    assert vocabulary.rewrite("マイナンバーカードを作り直したい") == "マイナンバーカードを作り直したい"  # a reissue
    assert {"スマートフォン", "決済"} <= set(analyzer.terms("住民税ってd払いで払える?"))
    assert vocabulary.rewrite("119番するほどか分からない") == "救急車を呼ぶほどか分からない"
    assert vocabulary.rewrite("百十九番すべきか迷った") == "救急車を呼ぶべきか迷った"
    assert vocabulary.rewrite("迷わず119番に通報してください") == "迷わず119番に通報してください"  # the entries' advice


def test_the_twentieth_sessions_phrasings_reach_the_entries() -> None:
    """faq-17's kinds (each in at least two other writers' sets): the pension premium said loosely and the full family
    register described (a company 健康診断 -> 特定健診 gained nothing held out and was left out)."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("年金の保険料を払う余裕がありません") == "国民年金保険料を払う余裕がありません"
    assert vocabulary.rewrite("国民年金の保険料はいくら") == "国民年金の保険料はいくら"  # already the entry's words
    assert vocabulary.rewrite("家族全員が載っている戸籍の書類を出して") == "戸籍全部事項証明書を出して"
    assert vocabulary.rewrite("家族全員が載っている本籍の記録の写し") == "戸籍全部事項証明書の写し"
    assert vocabulary.rewrite("世帯全員が載っている住民票") == "世帯全員が載っている住民票"  # not the family register


def test_the_twenty_first_sessions_phrasings_reach_the_entries() -> None:
    """faq-18's kinds (each in at least two other writers' sets): a 100-yen-shop seal is the ready-made kind the seal
    entry refuses, and no income said shortly is the resident-tax entry's 収入がなかった (仮に押さえ -> 仮予約 gained
    nothing held out and was left out)."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("100均のハンコって印鑑登録できる?") == "既製の印鑑(三文判)って印鑑登録できる?"
    assert vocabulary.rewrite("百円ショップで買ったはんこを実印に") == "既製の印鑑(三文判)を実印に"
    assert vocabulary.rewrite("100均で買った傘") == "100均で買った傘"  # not a seal
    assert vocabulary.rewrite("無収入 住民税 申告") == "収入がなかった 住民税 申告"
    assert vocabulary.rewrite("去年は収入がゼロでした") == "去年は収入がなかったでした"
    assert vocabulary.rewrite("収入がなくて困っています") == "収入がなくて困っています"  # already the entry's words


def test_the_thirty_first_sessions_descriptions_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """Descriptions of an entry's term that recur across faq-22..26's misses (docs/search-quality.md section 18)
    reach the corpus's own term; the entries' texts they resemble are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("去年の稼ぎ書いだ紙、どさ行げば").startswith("所得証明書、")
    assert vocabulary.rewrite("親の収入を示すもの") == "親の所得証明書"
    assert vocabulary.rewrite("自分の住所が載ってる紙") == "自分の住民票"
    assert vocabulary.rewrite("亡くなった親の住所の記録") == "亡くなった親の住民票"
    assert "妊娠" in analyzer.terms("おなかに赤ちゃんができました")
    assert "独身" in analyzer.terms("一度も籍を入れていないことを示す書類")
    assert vocabulary.rewrite("国の顔写真入りの身分証") == "国のマイナンバーカード"
    assert vocabulary.rewrite("顔写真付きの身分証明書") == "顔写真付きの身分証明書"  # the seal entry's answer
    assert vocabulary.rewrite("国から毎月子育てのお金が出る") == "児童手当が出る"
    assert vocabulary.rewrite("倒れたとき知らせる機械") == "倒れたとき緊急通報機器"
    assert {"年金", "保険料"} <= set(analyzer.terms("老後の掛け金が払えない"))
    assert "マイナンバーカード" in analyzer.terms("個人番号の札")
    assert "パソコン" in analyzer.terms("自作のデスクトップ")
    assert "障害" in analyzer.terms("体が不自由な人の手帳")
    assert {"緊急", "通報"} <= set(analyzer.terms("見守り ボタン 貸し出し"))
    assert "独身" in analyzer.terms("独り身だって証明")


def test_the_thirty_second_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-28's kinds, each in at least two other writers' sets (docs/search-quality.md section 20): everyday names
    and phrasings reach the corpus's term, and どさ行げ is read as どこに行け; the entries' texts are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert "退職" in analyzer.terms("会社やめたんだけど、国保ってどうやって入るの")
    assert "退職" in analyzer.terms("仕事やめて半年")
    assert vocabulary.rewrite("家族全員載ってる籍の写し") == "家族全員載ってる戸籍の写し"
    assert vocabulary.rewrite("除籍の写し") == "除籍の写し"
    assert vocabulary.rewrite("選挙のハガキ来ねえ").startswith("投票所入場券")
    assert vocabulary.rewrite("赤ちゃんできた、次は") == "妊娠できた、次は"
    assert vocabulary.rewrite("子どもができないように") == "子どもができないように"  # not a pregnancy
    assert vocabulary.rewrite("家に来た業者に布団を買わされた") == "訪問販売の業者に布団を買わされた"
    assert vocabulary.rewrite("戸籍謄本どさ行げば取れんのすか") == "戸籍謄本どこに行けば取れんのすか"
    assert "期日前投票" in analyzer.terms("前もって一票を入れたい")
    assert "雑誌" in analyzer.terms("古い週刊誌")
    assert "日曜" in analyzer.terms("週末に開いている日")
    assert {"身体", "障害"} <= set(analyzer.terms("身障の手帳"))


def test_the_thirty_third_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-29's everyday names, each in at least two other writers' sets (docs/search-quality.md section 22), reach
    the corpus's term; the words they resemble are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert "古着" in analyzer.terms("着なくなった服やタオル")
    assert "古着" not in analyzer.terms("評価額に不服がある")  # 不服 is its own word
    assert "乾電池" in analyzer.terms("使い古しの単一や単三")
    assert "蛍光灯" in analyzer.terms("古い細長い管が余っている")
    assert "引き落とし" in analyzer.terms("ぜいきん ぎんこうから おちる ひ")
    # (and, since section 41, the bank changed marks the debit's change too: both lead to the debit entry)
    assert vocabulary.rewrite("税金が落ちる銀行かえたい") == "(口座の変更)税金が引き落としで落ちる銀行かえたい"
    assert vocabulary.rewrite("いつ落ちるの?") == "いつ引き落としで落ちるの?"
    assert vocabulary.rewrite("汚れが落ちないボトル") == "汚れが落ちないボトル"  # not a debit (Osaki 5)
    assert vocabulary.rewrite("瓦が落ちてきそう") == "瓦が落ちてきそう"
    assert "失業" in analyzer.terms("会社が倒産して")
    assert vocabulary.rewrite("近所のお店にある機械で出せる") == "近所のコンビニの機械で出せる"
    assert vocabulary.rewrite("お店のマルチコピー機で") == "コンビニのマルチコピー機で"
    assert vocabulary.rewrite("流行り風邪の予防の注射") == "インフルエンザの予防接種"
    assert vocabulary.rewrite("狂犬病の予防注射") == "狂犬病の予防注射"  # the dog's entry keeps its word
    assert vocabulary.rewrite("仕事なくなって貯金も尽きた").startswith("失業して")
    assert vocabulary.rewrite("仕事なぐなった") == "失業した"
    assert vocabulary.rewrite("選挙の案内のはがきを捨てた") == "投票所入場券を捨てた"


def test_the_thirty_fourth_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-30's everyday names and phrasings, each in at least two other writers' sets (docs/search-quality.md
    section 23), reach the corpus's term; the words and entry texts they resemble are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert "パソコン" in analyzer.terms("古いノート型のコンピューター")
    assert "出産" in analyzer.terms("お産の費用が安く済んだ")
    # setting up the debit is the direct-debit application, the debit day stays the debit entry's
    assert vocabulary.rewrite("銀行から自動で落ちるようにしたい") == "銀行から自動で口座振替にしたい"
    assert vocabulary.rewrite("勝手に落ちるようにできる?") == "勝手に口座振替にできる?"
    # (and, since section 41, the bank changed marks the debit's change too: both lead to the debit entry)
    assert vocabulary.rewrite("税金が落ちる銀行かえたい") == "(口座の変更)税金が引き落としで落ちる銀行かえたい"
    assert "乾電池" in analyzer.terms("単3の使い終わったやつ")
    assert vocabulary.rewrite("単30個") == "単30個"
    assert vocabulary.rewrite("通販の箱がたまった") == "段ボールがたまった"
    assert vocabulary.rewrite("4桁の数字を3回間違えて") == "暗証番号を3回間違えて"
    assert vocabulary.rewrite("数字4つを何度も打ち間違えて") == "暗証番号を何度も打ち間違えて"
    assert vocabulary.rewrite("4桁の暗証番号") == "4桁の暗証番号"  # the Osaki answers' own words
    assert vocabulary.rewrite("年金だけでは食べていけず").startswith("年金だけでは生活に困り、")
    assert vocabulary.rewrite("暮らしが立ち行かなくなり") == "生活に困り、暮らしが立ち行かなくなり"
    assert vocabulary.rewrite("情報をスマホに届くようにしたい") == "情報を防災メールでスマホに届くようにしたい"
    assert vocabulary.rewrite("マイナってスマホに入れられる?") == "マイナってスマホに入れられる?"
    assert vocabulary.rewrite("地震に備えて家を補強する").startswith("耐震改修で")
    assert vocabulary.rewrite("地震に備えて家庭でしておくこと") == "地震に備えて家庭でしておくこと"  # Osaki's bousai
    assert "破産" in analyzer.terms("本籍地で出す身元の書類")
    assert vocabulary.rewrite("身元を示すもの") == "身元を示すもの"  # the identity documents' entry
    assert "電子証明書" in analyzer.terms("j-lisから青い封筒が届きました")
    assert vocabulary.rewrite("j-lisから青い封筒で届く有効期限通知書") == "j-lisから青い封筒で届く有効期限通知書"
    assert vocabulary.rewrite("いっさいはんの けんしん") == "1歳6か月の けんしん"
    assert "要介護認定" in analyzer.terms("ようかいにんてい しんせい")
    assert vocabulary.rewrite("すいどうの しようかいしは") == "すいどうの しようかいしは"  # 使用開始
    assert vocabulary.rewrite("顔写真つきのカードを作っておけ") == "マイナンバーカードを申請して作っておけ"
    assert vocabulary.rewrite("去年は無職で稼ぎゼロ") == "去年は無職で収入がなかった"


def test_the_thirty_fifth_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-31's and faq-32's everyday names and phrasings, each in at least two other writers' sets
    (docs/search-quality.md section 25), reach the corpus's term; the words they resemble are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert "自転車" in analyzer.terms("駅前に止めたママチャリ")
    assert "スプレー缶" in analyzer.terms("殺虫剤の缶がたまった")
    assert "野良猫" in analyzer.terms("近所のノラがフンをする")
    assert "死亡" in analyzer.terms("病院で父を看取りました")
    assert vocabulary.rewrite("マイナのカード作りたい") == "マイナンバーカード申請して作りたい"
    assert vocabulary.rewrite("マイナのカード作り直す") == "マイナンバーカード作り直す"
    assert vocabulary.rewrite("ボタン一つで知らせられる機器") == "ボタン一つで緊急通報機器"
    assert vocabulary.rewrite("この先暮らしていけるか").startswith("この先生活に困り、暮らしていけ")
    assert vocabulary.rewrite("ファミマで住所のやつ出せる?") == "ファミマで住民票出せる?"
    assert vocabulary.rewrite("住所の紙っこ要る") == "住民票要る"
    assert vocabulary.rewrite("住所の写し") == "住民票の写し"  # the older line
    assert vocabulary.rewrite("わんこのワクチン") == "わんこの狂犬病の予防注射"
    assert vocabulary.rewrite("犬 ワクチン 集団") == "犬 狂犬病の予防注射 集団"
    assert vocabulary.rewrite("子どものワクチン") == "子どものワクチン"  # people's vaccinations stay 予防接種
    assert vocabulary.rewrite("お骨にする段取り") == "火葬する段取り"
    assert vocabulary.rewrite("お骨を霊園に納めたい") == "お骨を霊園に納めたい"  # a grave, not the crematorium
    assert vocabulary.rewrite("床の上まで水が入り").startswith("床上浸水で")
    assert vocabulary.rewrite("手帳をどこかへやってしまった") == "手帳をなくしてしまった"
    assert vocabulary.rewrite("長女が誕生した") == "長女が出生した"
    assert vocabulary.rewrite("誕生日と誕生月") == "誕生日と誕生月"  # the pension's 20th birthday, not a birth
    assert vocabulary.rewrite("誰も住まなくなった実家").startswith("空き家で")
    assert vocabulary.rewrite("4か月のチェックの日") == "乳幼児健診の日"
    assert vocabulary.rewrite("うちの子の1歳半のチェック") == "うちの子の乳幼児健診"
    assert vocabulary.rewrite("あかちゃんの しゅうだん ちぇっく") == "乳幼児健診"
    assert vocabulary.rewrite("50歳の健康チェック") == "50歳の健康チェック"  # the adults' check-up entry


def test_the_thirty_sixth_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-33's everyday names and phrasings, each in at least two other writers' sets (docs/search-quality.md
    section 26), reach the corpus's term; the words they resemble are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert "配偶者" in analyzer.terms("連れ合いが亡くなって")
    assert vocabulary.rewrite("原付廃車したい。ナンバーどっかいった") == "原付廃車したい。ナンバーをなくした"
    assert "なくす" in analyzer.terms("ナンバーどっかいった")  # ナンバーなくした would be read as 無い + 為る
    assert vocabulary.rewrite("予防接種の紙どっか行ってしまった") == "予防接種の紙をなくしてしまった"
    assert vocabulary.rewrite("どっか行きたい") == "どっか行きたい"
    assert vocabulary.rewrite("しゅっせいとどけ なんにち") == "出生届 なんにち"
    assert vocabulary.rewrite("びんの ふた どうやって すてる") == "びんの ふた(金属製のキャップ) どうやって すてる"
    assert "キャップ" in analyzer.terms("瓶の金属の蓋")
    assert vocabulary.rewrite("側溝のふたが割れて") == "側溝のふたが割れて"  # the drain cover, not a cap
    assert vocabulary.rewrite("じいちゃん焼いでもらうとこ") == "じいちゃん火葬してもらうとこ"
    assert vocabulary.rewrite("焼いていただく所のお代") == "火葬していただく所のお代"
    assert vocabulary.rewrite("畑で焼いてもいい") == "畑で焼いてもいい"  # burning in the open (野焼き)
    assert vocabulary.rewrite("同じ市ん中で引っ越した") == "同じ市内で引っ越した"
    assert vocabulary.rewrite("よその県に引っ越す") == "市外に引っ越す"
    assert vocabulary.rewrite("よその県から越してきた") == "よその県から越してきた"  # moving in
    assert vocabulary.rewrite("本籍よその県だけど") == "本籍よその県だけど"
    assert vocabulary.rewrite("子どもの医者代") == "子どもの医療費"


def test_the_thirty_seventh_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-34's everyday phrasings, each in at least two other writers' sets (docs/search-quality.md section 27),
    reach the corpus's term; the entries' own words and a registration already named are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("親のインフル注射、いくら?") == "親のインフルエンザの予防接種、いくら?"
    assert "注射" not in analyzer.terms("じいちゃんのインフルの注射")  # 注射 alone pulls the dog's shot
    assert vocabulary.rewrite("インフルエンザの予防接種") == "インフルエンザの予防接種"
    assert vocabulary.rewrite("はんこを役所に届けたことがない") == "印鑑登録を役所に届けたことがない"
    assert "印鑑登録" in analyzer.terms("ばあちゃんのハンコ届けさ行っても")
    assert vocabulary.rewrite("印鑑登録をしたい") == "印鑑登録をしたい"
    assert vocabulary.rewrite("はんこを役所に登録したい") == "はんこを役所に登録したい"  # already the registration
    assert "除籍" in analyzer.terms("もう閉じてしまった戸籍の写し")
    assert "除籍" in analyzer.terms("みんな抜けて閉じた籍の写し")
    entry = "全員が婚姻や死亡などで除かれて閉じられた戸籍で"  # F005's own words
    assert vocabulary.rewrite(entry) == entry


def test_the_thirty_eighth_sessions_phrasings_reach_the_corpus_terms() -> None:
    """faq-35's everyday phrasings, each in at least two other writers' sets (docs/search-quality.md section 28),
    reach the corpus's term; a birth told without the insurance and a town hall where one lives are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("今住んでっとこの証明の紙、役場でなんぼ") == "住民票、役場でいくら"
    assert vocabulary.rewrite("今住んでいる所を証明する紙を一枚") == "住民票を一枚"
    assert vocabulary.rewrite("出すのは住んでるとこの役所でOK?") == "出すのは住んでるとこの役所でOK?"
    assert vocabulary.rewrite("国保で子ども産んだら") == "国民健康保険で子どもを出産したら"
    insured_after = "嫁が子ども産んだども、国保から出る金"
    assert vocabulary.rewrite(insured_after) == "嫁が子どもを出産したども、国民健康保険から出る金"
    assert vocabulary.rewrite("国保さ入ってて赤ちゃん産んだら") == "国民健康保険さ入ってて赤ちゃんを出産したら"
    birth = "嫁っこが赤ん坊産んだので届けはいつまで"  # the birth registration (F023), no insurance named
    assert vocabulary.rewrite(birth) == birth



def test_the_thirty_ninth_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-36's everyday phrasings, each in at least two other writers' sets (docs/search-quality.md section 29),
    reach the corpus's term; the road light's contrast and the corpus's own 電柱に付いた防犯灯 are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("家の前の電柱の明かりが消えたまま") == "家の前の防犯灯が消えたまま"
    assert vocabulary.rewrite("近所の電信柱の明かりが切れております") == "近所の防犯灯が切れております"
    assert vocabulary.rewrite("家の前の電柱についております街灯が") == "家の前の防犯灯が"
    assert "防犯" in analyzer.terms("うちの前の電柱さついでる電気、何日も点がねえ")
    contrast = "電柱についている小さな灯りではなく、背の高い明かり"  # the road light F130's questions
    assert vocabulary.rewrite(contrast) == contrast
    entry = "電柱に付いた防犯灯より大型で"  # F130's own words
    assert vocabulary.rewrite(entry) == entry
    assert vocabulary.rewrite("道路に大きな穴があいている") == "道路に陥没した穴があいている"
    assert "陥没" in analyzer.terms("家の前の道路さ、でっかい穴あいでで危ねえ")


def test_the_fortieth_sessions_kana_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-37's kana national health insurance (こくほ, in 32 other faq sets and Osaki 4-6) and the kana 会社を
    やめた restored with its space (sixteen other sets) reach the corpus's terms (docs/search-quality.md section 30);
    quitting the insurance itself (こくほを やめる) and 国宝 (こくほう) are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("こくほの てつづきが おくれたら") == "国民健康保険の てつづきが おくれたら"
    assert vocabulary.rewrite("しゅうしょくしたら こくほを やめる") == "しゅうしょくしたら 国民健康保険を やめる"
    assert vocabulary.rewrite("こくほうの ある おてら") == "こくほうの ある おてら"
    assert vocabulary.rewrite("会社を やめたら") == "会社を辞めたら"  # the restorer's 会社 before the kana verb
    assert vocabulary.rewrite("仕事 やめた") == "仕事を辞めた"
    assert "退職" in analyzer.terms("会社を やめたので 国民健康保険に はいりたい")
    assert "国民健康保険" in analyzer.terms("こくほ やめる てつづき")


def test_the_forty_first_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-38's turning 七十五 (seventeen other sets) and the phone alerts asked as 携帯電話で知らせて (ten sets) reach
    the corpus's terms (docs/search-quality.md section 31); 七十五からの掛け金 (the premium after 75) and a phone
    lost are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("来月で七十五になります") == "来月で75歳になります"
    assert vocabulary.rewrite("父が七十五の誕生日を迎えます") == "父が75歳の誕生日を迎えます"
    assert vocabulary.rewrite("七十五からのあの掛け金") == "七十五からのあの掛け金"
    assert vocabulary.rewrite("携帯電話で知らせてもらえる") == "防災メールで携帯電話で知らせてもらえる"
    assert vocabulary.rewrite("携帯電話をなくした") == "携帯電話をなくした"
    assert "75歳" in analyzer.rewrite("もうすぐ七十五になります")
    assert "防災" in analyzer.terms("携帯電話に文字で届くようにしたい")


def test_the_forty_second_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-39's card put away and forgotten (しまい忘れた, faq-13, 16, 30) reads as lost, and the alerts received on a
    phone (スマホで受け取る, faq-7, Osaki 2 and 6) as the disaster mail (docs/search-quality.md section 32); 受け取る
    without the phone, and a phone put away, are left alone."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("カードをどこかにしまい忘れてしまいまして") == "カードをどこかになくしてしまいまして"
    assert vocabulary.rewrite("スマホで受け取る方法") == "防災メールでスマホで受け取る方法"
    assert vocabulary.rewrite("窓口で受け取る方法") == "窓口で受け取る方法"
    assert vocabulary.rewrite("スマホをしまった") == "スマホをしまった"
    assert "なくす" in analyzer.terms("図書館のカードをどこかにしまい忘れてしまいまして")
    assert "防災" in analyzer.terms("防災無線の内容をスマホで受け取る方法はありますか")



def test_the_forty_third_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-40's marriage agency (結婚相談所, 25 queries in 22 sets) no longer reads as marrying, nor 独身 as 婚姻: the
    single-status certificate asked for the agency keeps no term of the marriage notification, while marrying still
    reads as 婚姻; the resident record mistyped 住民表 (faq-34, 35, 38) reads as 住民票, 住民表示 is left alone
    (docs/search-quality.md section 33)."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    assert vocabulary.rewrite("結婚相談所に登録したい") == "相談所に登録したい"
    single = analyzer.terms("結婚相談所に登録したいので、独身だという証明がほしい")
    assert "独身" in single and "婚姻" not in single and "結婚" not in single
    assert "婚姻" in analyzer.terms("来月結婚するので届けを出したい")
    assert vocabulary.rewrite("住民表を一通ください") == "住民票を一通ください"
    assert vocabulary.rewrite("住民表示の変更") == "住民表示の変更"
    assert "住民票" in analyzer.terms("コンビニで住民表とれる?")


def test_the_forty_fourth_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-41's misses (docs/search-quality.md section 34): the deceased's record asked at the convenience store reads
    as the entry on what the store cannot issue, once whichever is said first; a lost card remade reads as reissued,
    while a card remade because it expires stays the renewal's."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    told = vocabulary.rewrite("ファミマの機械で、死んだ祖父の除票って印刷できるの")
    assert told.count("コンビニ交付で取れない証明書") == 1
    assert vocabulary.rewrite("除票はローソンでも出ますか").count("コンビニ交付で取れない証明書") == 1
    assert "交付" in analyzer.terms("コピー機で叔父の除票を出したい")
    assert vocabulary.rewrite("除票を相続の手続きに使いたい") == "除票を相続の手続きに使いたい"
    assert "再発行" in analyzer.terms("保険証を落としたみたいで見つからない。作り直しできる?")
    assert "再発行" in analyzer.terms("手帳を紛失しまして、作り直していただけますか")
    assert "再発行" not in analyzer.terms("カードの期限が来年切れるから作り直したい")


def test_the_forty_fifth_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-42's misses (docs/search-quality.md section 35): the health insurance joined late - its procedure forgotten,
    left or not done - reads as the entry on a late notification; the care insurance, the pension, a card left behind
    and the procedure asked about are untouched."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    late = "(加入の届出が遅れ)"
    assert late in vocabulary.rewrite("退職してから国保の届けを半年ほったらかしにしてた")
    assert late in vocabulary.rewrite("主人が店を継いでから、市の保険への切り替えをしないままでした")
    assert {"届け出", "遅れる"} <= set(analyzer.terms("国民健康保険に入る手続き、うっかり忘れてました"))
    for told in ("介護保険の手続きを忘れていました", "年金の届けを出し忘れた", "保険証を病院に忘れてきた",
                 "国保の加入手続きには何を持っていけばいい"):
        assert late not in vocabulary.rewrite(told)


def test_the_forty_sixth_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-43's misses (docs/search-quality.md section 36): the payment at the hospital's counter held down reads as
    the entry on the limit certificate; the childbirth grant's direct payment, the care fees and a payment asked
    about without holding it down are untouched."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    limit = "(限度額適用認定証)"
    for told in ("母が骨折で入院、病院で払うお金をなるべく抑えたい", "手術のあと窓口の支払い、上限ってあるの?",
                 "治療が長引いて、毎月の支払いを少しでも抑えたい"):
        assert limit in vocabulary.rewrite(told)
    assert "限度額" in analyzer.terms("入院が決まりました。病院での支払いを抑えることはできますか")
    for told in ("出産で病院への直接払いの上限を超えたら", "介護の支払いを抑えたい", "病院の支払いはカードでできる?",
                 "窓口の混雑を抑える工夫"):
        assert limit not in vocabulary.rewrite(told)


def test_the_forty_seventh_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-44's misses (docs/search-quality.md section 37): the single-parent allowance's summer papers read as its
    status report, the paper from the former town's office as the moving-out certificate, a vehicle's owner changed
    as its change of name, a PC as a computer; the report named already (F070's own answer), the papers of another
    season or programme, the former city's vaccination forms and an owner asked about are untouched."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    report, moved, renamed = "(現況届)", "(転出証明書)", "名義変更("
    for told in ("母子家庭の手当、今年も8月に通知が来たけどまだ出してない", "一人親の給付で毎年夏に届けを出すって本当?",
                 "ひとり親で手当を受けてる。夏に市から封筒が届いて、そのままにしてる"):
        assert report in vocabulary.rewrite(told)
    assert "現況届" in analyzer.terms("ひとり親のお金、毎年8月の書類を出しそびれた")
    answer = "児童扶養手当を受けている方は、毎年8月に現況届を出す必要があり、対象の方には通知書をお送りします。"
    for told in (answer, "ひとり親の医療費の助成を受けたい", "夏に役所から書類が届いた",
                 "児童扶養手当の現況届はいつまで"):
        assert report not in vocabulary.rewrite(told)
    for told in ("先月越してきて、前の市役所でもらった紙を持ってる", "前の町でもらった書類は手元にあります",
                 "前の役場から書類を一枚もらってきた"):
        assert moved in vocabulary.rewrite(told)
    for told in ("前の市でもらった予防接種の紙は使える?", "前の市でもらった注射の用紙", "前の役所に電話した"):
        assert moved not in vocabulary.rewrite(told)
    for told in ("譲ってもらったバイクの持ち主を書き換えたい", "軽トラの持ち主を自分に変えるには"):
        assert renamed in vocabulary.rewrite(told)
    assert {"名義", "変更"} <= set(analyzer.terms("中古の軽の持ち主の変更はどこで"))
    assert renamed not in vocabulary.rewrite("空き家の持ち主に連絡してほしい")
    assert "パソコン" in analyzer.terms("壊れたノートPCを処分したい")
    assert "パソコン" in analyzer.terms("古いPC、どこに出せばいい?")


def test_the_forty_eighth_sessions_phrasings_reach_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-45's misses (docs/search-quality.md section 38): a register notice (death, marriage, birth, divorce) told
    with an hour or day the office is closed is the off-hours notice, and a move's notice followed by the water is
    the question whether the resident record's notice covers the water; the off-hours entry's own question, a notice
    without a closed hour, a closed hour in another sentence, the water's own start and a move without the water are
    untouched; a dog's death told as a person's is the dog's death notice, and an owner's death is not."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    closed, water = "(休日夜間の戸籍の届出)", "(住民票の手続きと水道の手続き)"
    for told in ("祝日に出生届を出しに行っても受け付けてくれますか", "深夜に離婚届を置いていってもいいの?",
                 "死亡の届けは土日も預かっていただけますでしょうか", "役場が閉まってからでも婚姻届は出せるべか"):
        assert closed in vocabulary.rewrite(told)
    assert {"戸籍", "休日", "夜間"} <= set(analyzer.terms("日曜の夜に出生届を出せますか"))
    for told in ("休日や夜間でも婚姻届や出生届などの戸籍の届出はできますか", "婚姻届に必要なものは何ですか",
                 "土曜日に亡くなった父の葬儀の相談", "婚姻届は先週出しました。日曜に引っ越します",
                 "婚姻届 証人 時間外"):
        assert closed not in vocabulary.rewrite(told)
    for told in ("転居届を出したけど水道って別に連絡いる?", "転出の手続きを済ませましたら、水道も止まりますでしょうか",
                 "引っ越しの届けは出したんだども、水道はどうなるべ"):
        assert water in vocabulary.rewrite(told)
    for told in ("住民票の手続きをすれば、水道の手続きも済みますか", "水道の使用開始の連絡はいつまでですか",
                 "転入届はいつまでに出せばいいですか", "引っ越しの届けを出しました。水道局は何時まで開いていますか"):
        assert water not in vocabulary.rewrite(told)
    dog = "(飼い犬が死んだ)"
    for told in ("うちの犬が今朝亡くなりました。何か手続きは要りますか",
                 "愛犬がとうとう亡くなってしもうて、届けは要るかのう"):
        assert dog in vocabulary.rewrite(told)
    assert {"飼い犬", "死ぬ"} <= set(analyzer.terms("十年いた犬が亡くなった"))
    for told in ("犬の飼い主だった父が亡くなりました", "母が亡くなり、母の犬を引き取りました"):
        assert dog not in vocabulary.rewrite(told)


def test_no_packaged_rewrite_is_unreachable_after_normalization(analyzer: MorphAnalyzer) -> None:
    """Rewrites run on the normalized query (section 24): every loaded pattern is in that form, and section 18's
    ICカード alternative, dead while patterns were compiled as written, now reaches マイナンバーカード."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    for pattern, _replacement in vocabulary.rewrites:
        assert normalize_pattern(pattern.pattern) == pattern.pattern
        assert unreachable_pieces(pattern.pattern) == []
    assert analyzer.rewrite("役所でもらった顔写真入りのICカード") == "役所でもらったマイナンバーカード"
    assert analyzer.rewrite("顔写真入りのＩＣカード") == "マイナンバーカード"
    assert analyzer.rewrite("(ic)カードは顔写真なし") == "(ic)カードは顔写真なし"


def test_the_fiftieth_sessions_burnable_rubbish_reaches_the_corpus_terms(analyzer: MorphAnalyzer) -> None:
    """faq-47's misses (docs/search-quality.md section 41): burnable rubbish said as the everyday 燃えるごみ, in kana
    (spaced or not) or heard as 燃えるコミ is the FAQ's 燃やせるごみ; the unburnable kinds and a fire are untouched."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    for told in ("燃えるゴミの袋って何色だっけ", "もえる ごみ の しゅうしゅうび は なんようび",
                 "もやせるごみ だす じかん", "燃えるコミはいつ出すんだべ",
                 "生ごみは燃えるごみの日に出してよろしいのでしょうか"):
        assert "燃やせるごみ" in vocabulary.rewrite(told), told
    assert vocabulary.rewrite("燃えるごみの日") == "燃やせるごみの収集日"
    assert "燃やす" in analyzer.terms("燃えるごみは何時まで")
    for told in ("燃えないごみの出し方", "もえない ごみ は いつ", "家が燃えると困る", "燃える物をごみ袋に"):
        assert "燃やせるごみ" not in vocabulary.rewrite(told), told


def test_the_fiftieth_sessions_dog_shot_reaches_the_rabies_entry(analyzer: MorphAnalyzer) -> None:
    """faq-47's misses (section 41): a dog's yearly shot told without naming rabies is the rabies shot, not the
    dog's registration; rabies named, a dog's registration, a child's shot and a dog with no shot are untouched."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    shot = "(狂犬病の予防注射)"
    for told in ("うちの犬、今年の注射がまだなんだけど", "保護した犬に年一回の接種を受けさせたいのですが",
                 "犬の毎年の注射を動物病院で受けてもいい?",
                 "老いた愛犬に毎年の病気よけの注射を受けさせるのはどちらでよろしいでしょう",
                 "いぬ の ちゅうしゃ は いつ ですか", "ワンコの毎年の接種、どこで打でるの"):
        assert shot in vocabulary.rewrite(told), told
    assert {"狂犬病", "予防", "注射"} <= set(analyzer.terms("柴犬の毎年の注射はいつですか"))
    for told in ("狂犬病の注射はうちの犬も要りますか", "犬を飼い始めたので登録したい", "子どもの予防接種の予約",
                 "犬の散歩中に転んで病院で注射を打たれた。",
                 "よその犬にかまれて破傷風の注射をしてもらった", "犬を飼っています。子どもの注射の日程を知りたい"):
        assert shot not in vocabulary.rewrite(told), told


def test_the_fiftieth_sessions_tax_debit_changed_reaches_the_change_entry(analyzer: MorphAnalyzer) -> None:
    """faq-47's misses (section 41): the bank of a tax already paid by direct debit changed is the debit's change;
    a direct debit applied for (in kanji or kana), a tax without a bank, and a bank changed for another payment are
    untouched."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY_PATH)
    change = "(口座の変更)"
    for told in ("市税の引き落とし口座を、給料の入る銀行に変えたいのですが",
                 "税金落ちる口座、別の銀行にしたいから切り替えたい",
                 "固定資産税の引き落としを、主人の口座から私の口座へ移したいのでございます",
                 "ぜいきん の ひきおとし の こうざ を かえたい", "税金の口座 変更"):
        assert change in vocabulary.rewrite(told), told
    assert {"口座", "変更"} <= set(analyzer.terms("税金の引き落とし口座を変えたい"))
    for told in ("市税を口座振替にしたいのですが", "しぜい を こうざふりかえ に したい", "税金の払い方を変えたい",
                 "児童手当の振込口座を変えたい", "税金の引き落とし日はいつですか"):
        assert change not in vocabulary.rewrite(told), told
