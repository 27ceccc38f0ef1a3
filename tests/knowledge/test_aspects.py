"""The asked aspect against the first entry's answer (knowledge/aspects.py)."""

from __future__ import annotations

from knowledge.aspects import (
    aspect_missing,
    eligibility_unasked,
    event_missing,
    kind_clash,
    lock_unnamed,
    notice_clash,
    payment_missing,
    price_missing,
    school_clash,
)

DOG_ANSWER = "狂犬病予防注射は毎年1回受けさせる必要があります。注射のみの場合は3,150円です。"
FEE_ANSWER = "住民票の写しは市民課の窓口で請求でき、手数料は1通300円です。"
SUBSIDY_ANSWER = "耐震改修工事で最大100万円を助成します。"


def test_another_animal_clashes_with_the_dog_entry() -> None:
    assert kind_clash("猫も狂犬病の注射、打だねばなんねえの?", "狂犬病の予防注射\n飼い犬に" + DOG_ANSWER)
    assert not kind_clash("犬の狂犬病の注射はいつ?", "狂犬病の予防注射\n飼い犬に" + DOG_ANSWER)


def test_a_kind_the_entry_does_not_name_at_all_is_no_clash() -> None:
    assert not kind_clash("猫の避妊手術の助成", "飼い主のいない猫の不妊手術\n費用の一部を助成します。")
    assert not kind_clash("うさぎの飼い方", "粗大ごみの出し方\n申し込んでください。")


def test_a_longer_kind_hides_the_shorter_one_and_aliases_map() -> None:
    assert kind_clash("自動車税の納税証明書", "軽自動車税の納税証明書\n車検に使います。")
    assert not kind_clash("軽自動車税の納税証明書", "軽自動車税の納税証明書\n車検に使います。")
    assert not kind_clash("母子手帳はどこで", "母子健康手帳の交付\n妊娠届を出してください。")
    assert kind_clash("精神障害者保健福祉手帳 申請", "身体障害者手帳の申請に必要なもの\n診断書")


PHYSICAL_HANDBOOK = "身体障害者手帳の申請に必要なものは何ですか。\n視覚・聴覚・肢体などに障がいがある方が対象です。"
MATERNAL_HANDBOOK = "母子健康手帳はどこでもらえますか。\n妊娠の届出をした方に母子健康手帳を交付します。"


def test_a_handbook_named_in_kana_clashes_with_another_handbook_entry() -> None:
    assert kind_clash("りょういく てちょう を こうしん したい", MATERNAL_HANDBOOK)
    assert kind_clash("りょういくてちょう なくした", PHYSICAL_HANDBOOK)
    assert kind_clash("ねんきん てちょう が みつからない", PHYSICAL_HANDBOOK)
    assert aspect_missing("むすこ の りょういく てちょう の きりかえ は", "母子健康手帳はどこでもらえますか。",
                          MATERNAL_HANDBOOK)


def test_the_entry_s_own_handbook_in_kana_and_a_bare_handbook_are_no_clash() -> None:
    assert not kind_clash("しんたいしょうがいしゃ てちょう の しんせい に ひつよう な もの", PHYSICAL_HANDBOOK)
    assert not kind_clash("ぼし てちょう は どこで もらえる", MATERNAL_HANDBOOK)
    assert not kind_clash("てちょう を なくしました", PHYSICAL_HANDBOOK)  # which handbook is not said
    assert not kind_clash("にんしん した ので てちょう が ほしい", MATERNAL_HANDBOOK)


MARRIAGE = "婚姻届はどこに、どのように出せばよいですか。\n届書には成人2人の証人の署名が必要です。"


def test_another_notification_clashes_with_the_marriage_entry() -> None:
    assert notice_clash("離婚届を出したいのですが、証人は必要ですか。", MARRIAGE)
    assert not notice_clash("婚姻届の証人は誰でもいいですか", MARRIAGE)
    assert not notice_clash("婚姻届受理証明書 発行", MARRIAGE)  # names the entry's notification: not this input
    assert not notice_clash("婚姻届と転入届を同じ日に出せますか", MARRIAGE)  # the entry's one among those asked
    assert not notice_clash("離婚したあとの児童扶養手当", "児童扶養手当の申請\n所得の制限があります。")


def test_a_payment_kind_the_entry_does_not_name() -> None:
    assert payment_missing("住民票の手数料はクレジットカードで払えますか", "住民票の写し\n" + FEE_ANSWER)
    assert not payment_missing("マイナンバーカードで住民票を取れますか", "住民票の写し\n" + FEE_ANSWER)
    assert not payment_missing("コンビニでクレジットカードは使えますか", "市税をコンビニで\n支払いは現金のみです。")
    assert not payment_missing("d払いで払えますか", "スマートフォン決済\nd払いやPayPayで納付できます。")


def test_a_value_asked_in_dialect_needs_a_stated_quantity() -> None:
    assert price_missing("市営住宅の家賃、なんぼだべ", "家賃3か月分の敷金を納めます。")
    assert not price_missing("耐震の工事すっと、補助なんぼ出んだべ", SUBSIDY_ANSWER)
    assert not price_missing("市営住宅の家賃はどのくらいですか", "家賃3か月分の敷金を納めます。")


def test_a_quantity_in_ten_thousand_yen_answers_the_value() -> None:
    assert not price_missing("補強工事の補助、いかほど出ますか", SUBSIDY_ANSWER)
    assert price_missing("固定資産税の税率は", "1月1日に存在していた家屋に課税されます。")


def test_aspect_missing_is_any_of_the_four() -> None:
    assert aspect_missing("猫の狂犬病注射はいくら", "狂犬病の予防注射", "飼い犬に" + DOG_ANSWER)
    assert aspect_missing("住民票の手数料はクレジットカードで払えますか", "住民票の写し", FEE_ANSWER)
    assert aspect_missing("市営住宅の家賃、なんぼだべ", "市営住宅に入居するには", "家賃3か月分の敷金を納めます。")
    assert not aspect_missing("住民票の手数料はいくらですか", "住民票の写し", FEE_ANSWER)
    assert aspect_missing("離婚届にも証人は二人必要ですか。", *MARRIAGE.split("\n"))


NURSERY = "保育園(保育所)に子どもを入れたいときの申し込みは?"
SCHOOL_MOVE = "小・中学校を転校するときの手続きは?"
AFTER_SCHOOL = "放課後児童クラブ(学童保育)の開所時間は?"


def test_another_school_clashes_with_the_entry_question_about_one() -> None:
    assert school_clash("来年の春から娘を幼稚園に通わせたいんだけど、申し込みってどこ?", NURSERY)
    assert school_clash("むすめ を ようちえん に いれたい ばあい の もうしこみさき", NURSERY)
    assert school_clash("せがれが県立の高等学校さ移るときの手続き、どこさ行げばいいのっしゃ", SCHOOL_MOVE)
    assert school_clash("孫が春から専門学校に通いますが、学校を移る届けはどちらへ出すのでしょうか。", SCHOOL_MOVE)
    assert school_clash("認定こども園 入園 申込", NURSERY)


def test_the_entry_s_own_school_or_none_named_is_no_clash() -> None:
    assert not school_clash("保育所の入所は年度の途中でも申し込める?", NURSERY)
    assert not school_clash("幼稚園ではなく保育園に入れたいのですが、申込先は?", NURSERY)  # the entry's school too
    assert not school_clash("中学校の転校 必要書類", SCHOOL_MOVE)
    assert not school_clash("小学校に上がる孫を放課後見てもらえる所は何時まで?", AFTER_SCHOOL)  # no school asked of
    assert not school_clash("転勤で引っ越すけど、子どもの学校はどうなる?", SCHOOL_MOVE)


def test_a_school_named_as_a_setting_in_the_answer_is_not_the_entry_s_school() -> None:
    ceremony = ("二十歳を祝う式典の案内は?", "市内の出身中学校ごとに案内状を送ります。")
    assert not aspect_missing("県外の大学に通う息子にも二十歳の式の案内は届きますか", *ceremony)


DEMOLITION = "家屋を取り壊したとき、固定資産税の手続きは必要ですか。"
DEMOLITION_ANSWER = "取り壊した年の12月28日までに家屋滅失届出書を提出してください。"


def test_a_query_without_the_entry_s_event_asks_another_thing() -> None:
    assert event_missing("固定資産税を銀行の自動払いに切り替えたいのですが", DEMOLITION)
    assert event_missing("家を新しく建てたら固定資産税って安くなるの?", DEMOLITION)
    assert event_missing("こていしさんぜい の かくにん の しょるい は どこで もらえますか", DEMOLITION)
    assert event_missing("固定資産税の払う月、毎年いづだったっけ", DEMOLITION)
    assert aspect_missing("年金だけの暮らしで固定資産税が重いのですが、減らしていただく道はございますか", DEMOLITION,
                          DEMOLITION_ANSWER)


def test_the_entry_s_event_told_in_any_style_keeps_the_query_on_it() -> None:
    assert not event_missing("古い物置を壊したんだけど、固定資産税の届けっている?", DEMOLITION)
    assert not event_missing("亡き父の家を解体いたしました。税金のほうで何か届けは要りますでしょうか", DEMOLITION)
    assert not event_missing("ふるい いえ を とりこわす ことに しました ぜいきん は どう なりますか", DEMOLITION)
    assert not event_missing("火事で納屋が焼けてしまったら、固定資産税はどうなりますか", DEMOLITION)
    assert not event_missing("建て替えで前の家がなくなった年の固定資産税は", DEMOLITION)
    assert not event_missing("更地にした土地の固定資産税", DEMOLITION)
    assert not event_missing("固定資産税の納期はいつですか", "固定資産税の納期は?")  # an entry with no event


RETROFIT = "耐震改修工事の補助はいくら出ますか。"
SEPTIC = "くみ取り便所や単独処理浄化槽を合併処理浄化槽に替える補助はありますか。"


def test_a_works_grant_asked_without_the_entry_s_works() -> None:
    assert event_missing("浴室に手すりを付ける工事の補助ってある?", RETROFIT)
    assert event_missing("車いすの父のために玄関の段差をなくしたいのですが、工事代の補助はございますか", RETROFIT)
    assert event_missing("いえ の でいりぐち に すろーぷ を つける ほじょ", RETROFIT)
    assert event_missing("家の前まで下水道が来たので、つなぎ込む工事に補助はありますか", SEPTIC)
    assert event_missing("げすいどう の せつぞく こうじ の ほじょきん", SEPTIC)


def test_the_entry_s_works_told_in_any_style_keeps_the_query_on_it() -> None:
    assert not event_missing("築五十年の家、地震でつぶれないよう直す補助はいくら?", RETROFIT)
    assert not event_missing("診てもらったら大きな揺れで倒れるかもしれないと言われまして、直すお金の助けは", RETROFIT)
    assert not event_missing("たいしん の こうじ の ほじょ は いくら", RETROFIT)
    assert not event_missing("うちのぼっとん、水洗さ替えっときの補助っこ、あんのすか", SEPTIC)
    assert not event_missing("お手洗いをくみ取りから替えたいのですが、費用の助けはございますか", SEPTIC)
    assert not event_missing("じょうかそう を かえる ほじょ", SEPTIC)


STUDENT_INSURANCE = "子どもが進学で市外に住所を移す場合、国民健康保険はどうなりますか。"


def test_a_child_s_move_for_study_told_without_the_insurance_asks_another_paper() -> None:
    """Tellings of our own (section 41): plain, casual, senior, indirect, dialect, kana, keywords."""
    for asked in ("息子が春から県外の専門学校に通うので住所を移します。役所でしておく手続きを教えてください。",
                  "娘が進学でひとり暮らし始めるんだけど、住民票って移さなきゃだめ?",
                  "孫が大学へ進みまして、向こうへ住まいを移すそうです。こちらでは何をすればよろしいでしょう",
                  "息子が進学先の寮に入ったのですが、前の住所で届いていた書類がどうなるのか気になっています",
                  "娘が仙台の学校さ行ぐがら住所移すんだけど、役場で何すればいいべ",
                  "むすこ が しんがく で けんがい に すむ ので じゅうしょ を うつし ます",
                  "進学 住所変更 手続き"):
        assert event_missing(asked, STUDENT_INSURANCE), asked


def test_the_insurance_or_a_doctor_told_keeps_a_student_s_move_on_the_insurance_entry() -> None:
    for asked in ("大学進学で県外に住所を移した息子の保険証はどうなりますか。",
                  "娘が東京の大学行くんだけど、国保ってそのまま使えんの?",
                  "孫が遠くの学校へ移りまして、向こうで病院にかかるときは何を見せればよろしいのでしょう",
                  "息子が下宿先で熱を出しても、医者にかかれるのか心配で",
                  "むすめ が しんがく で じゅうしょ を うつす とき こくほ は どう なりますか"):
        assert not event_missing(asked, STUDENT_INSURANCE), asked
    assert not event_missing("子どもの住所を移したい", "市内で引っ越すときの転居届は?")  # an entry with no event


CHILD_MEDICAL = "子どもの医療費の助成を受けるには?"
SINGLE_PARENT_MEDICAL = "ひとり親家庭の医療費助成はありますか。"


def test_a_family_s_money_asked_without_care_is_not_a_medical_cost_aid() -> None:
    """Tellings of our own (section 41): plain, casual, senior, indirect, dialect, kana, keywords."""
    for asked in ("父子家庭になりました。子どもの学費の足しになる給付はありますか。",
                  "シングルマザーで電気代とかきつい、何か出るお金ない?",
                  "娘が一人で孫を育てておりまして、暮らしの助けになる制度はございますでしょうか",
                  "夫が家を出ていき、パートの収入だけで三人の子を育てています",
                  "母ちゃん一人で子ども育ででっけど、市から毎月なんか出ねえべか",
                  "ひとりおや の てあて は いくら ですか",
                  "ひとり親 給付金 申請"):
        assert event_missing(asked, SINGLE_PARENT_MEDICAL), asked
    assert event_missing("引っ越してきたので子どもの手当の届けをしたい", CHILD_MEDICAL)
    assert event_missing("こども の がっこう の きゅうしょく の おかね", CHILD_MEDICAL)


def test_care_told_in_any_style_keeps_a_query_on_the_medical_cost_aid() -> None:
    for asked in ("離婚して子どもと二人になりました。子どもの通院費を助けてもらえますか。",
                  "ひとり親で、息子の歯医者代が地味に高い",
                  "娘と二人暮らしでございます。娘が入院しましたら、お金の助けはございますか",
                  "母子家庭なのに、子どもが熱を出すたびに出費がかさんで",
                  "ひとりおやで こどもが びょうき がちです",
                  "シングル 子ども 薬代 助成"):
        assert not event_missing(asked, SINGLE_PARENT_MEDICAL), asked
    for asked in ("こども の いりょうひ は いくらまで むりょう", "中学生の息子のけがの治療費、市で助成ある?",
                  "孫を小児科に連れて行きましたら、窓口で払わずに済みました"):
        assert not event_missing(asked, CHILD_MEDICAL), asked


CONVENIENCE_STORE = ("コンビニで住民票の写しや印鑑登録証明書を取れますか。\n"
                     "マイナンバーカードで全国のコンビニで取れます。")
LOCK = "マイナンバーカードの暗証番号を忘れた、またはロックがかかったときは?\n窓口でロックを解除します。"


def test_a_card_locked_by_a_wrong_code_is_not_answered_by_an_entry_naming_no_lock() -> None:
    """Tellings of our own (section 41): plain, casual, senior, indirect, dialect, kana."""
    for asked in ("コンビニで証明書を出そうとして数字を何回か間違えたら、カードが使えなくなりました。",
                  "コンビニのコピー機でマイナの番号まちがえまくったら止まった…",
                  "孫の代わりにコンビニで打ちましたところ、何度も間違えてしまいまして使えなくなりました",
                  "娘がコンビニで印鑑証明を取ろうとしたら、ロックがかかったと言って帰ってきました",
                  "コンビニで住民票取るどき番号間違えで、カード使えねぐなったっちゃ",
                  "こんびに で ばんごう を まちがえたら つかえなく なりました"):
        assert lock_unnamed(asked, CONVENIENCE_STORE), asked
        assert aspect_missing(asked, CONVENIENCE_STORE.split("\n")[0], CONVENIENCE_STORE.split("\n")[1])
        assert not lock_unnamed(asked, LOCK), asked


def test_no_lock_told_or_a_block_wall_is_no_lock() -> None:
    for asked in ("コンビニで住民票は取れますか", "コンビニで証明書を取るとき、番号を間違えないか心配",
                  "ブロック塀を壊す補助はありますか", "駅のロッカーに忘れ物をしました",
                  "住所を間違えて書いてしまった"):
        assert not lock_unnamed(asked, CONVENIENCE_STORE), asked


def test_paying_in_instalments_is_a_kind_of_payment_the_entry_must_name() -> None:
    tax_return = "住民税の申告が必要な人\n収入がなく誰の扶養にもなっていない方は申告が必要です。"
    assert payment_missing("今年の住民税、まとめて払うのきついから分割にしてほしい", tax_return)
    assert payment_missing("しみんぜい を すうかい に わけて はらえますか ぶんかつ は", tax_return)
    assert payment_missing("固定資産税を何回かに分けて納めさせていただくことはできますでしょうか", tax_return)
    assert not payment_missing("住民税を分割で納めたい", "市税の分納\n分割での納付をご相談ください。")
    assert not payment_missing("遺産分割協議書ができたので名義を変えたい", tax_return)  # the estate, not a payment
    assert not payment_missing("大きな家具を分けて出すには", "粗大ごみの出し方\n申し込んでください。")


HOURS_AND_FEES = "放課後児童クラブ(学童保育)の利用時間や利用料は?"
CONDITIONS = "児童クラブに入れる条件は?何年生まで入れますか。"


def test_whether_one_may_use_a_service_is_not_asked_by_its_hours_and_fees() -> None:
    """Tellings of our own (section 40): plain, casual, senior, indirect, dialect and keywords."""
    for asked in ("病気で通院中の母親ですが、子どもを学童に入れてもらえますか",
                  "自営業でも学童って使える?",
                  "嫁が下の子を産むので、上の孫を放課後預かっていただける対象になりますでしょうか",
                  "夫の看病で夕方まで病院にいる。うちの子も放課後の預かりの条件に当てはまるのか",
                  "在宅で仕事してっけど、学童さ入れられっぺか",
                  "学童 6年生 入会できるか"):
        assert eligibility_unasked(asked, HOURS_AND_FEES), asked
        assert aspect_missing(asked, HOURS_AND_FEES, "")


def test_hours_and_fees_asked_or_an_entry_on_conditions_is_no_miss() -> None:
    for asked in ("学童は夏休みは朝何時から預かってもらえますか", "学童の月謝っていくら?",
                  "学童っていつでも使えるの?", "土日でも学童は利用できますか",
                  "共働きなので学童に申し込みたい"):
        assert not eligibility_unasked(asked, HOURS_AND_FEES), asked
    assert not eligibility_unasked("求職中でも学童に入れてもらえますか", CONDITIONS)
    assert not eligibility_unasked("求職中でも学童に入れてもらえますか", "放課後児童クラブの申し込み方法は?")
