"""The asked aspect against the first entry's answer (knowledge/aspects.py)."""

from __future__ import annotations

from knowledge.aspects import aspect_missing, kind_clash, notice_clash, payment_missing, price_missing

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
