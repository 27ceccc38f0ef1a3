"""wide46c's situation kinds between people (:mod:`safety.events_between_people_signs`), on tellings written for
these tests in several styles, not phrases of the set: an attack on today's event announced online, a
threatening note left on one's car or door or a threat shouted down the phone night after night, a tracker found
on one's car or in one's bag, a blow to the head followed by vomiting or drowsiness, and a worthless get-rich
course bought online. The same words without the harm are not: an announcement of a past year or in a drama, a
note about something forgotten, a crime-prevention leaflet, a tracker one wants to buy, a side business asked
about."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: an attack on today's event announced online
    ("今夜の盆踊り会場で刺してやるって掲示板に書いてあるのを見つけました、すぐ来てください", "110"),
    ("きょう の がっこうの おまつりに ばくだん しかけたって ねっとに かいてある いま みた", "110"),
    ("本日の市民マラソンを襲うという投稿が出回ってるって、娘がいま教えてくれました", "110"),
    ("今日の運動会で無差別にやるっつう書き込みがあったど、今見だっちゃ", "110"),
    # #9110: a threatening note left at one's door or car, a threat down the phone night after night
    ("隣とゴミ出しでもめてから、玄関のドアに「家族に気をつけろ」って紙が貼られてた、これで三回目", "#9110"),
    ("車のフロントガラスに「住所は分かってるぞ」と書いたメモが置かれてました。心当たりは駐車場のトラブルくらいです",
     "#9110"),
    ("とりひきさきの ひとから まいばん でんわで ただじゃ すまさないって どなられる", "#9110"),
    ("おらいの軽トラのワイパーさ、「家は知ってっぞ」って紙挟まってだ。おっかねえ", "#9110"),
    # #9110: a tracker found on one's car or in one's bag
    ("車の下にGPSみたいな見たことのない装置がくっついてた、誰かにつけられてるかも", "#9110"),
    ("娘のかばんの底に、知らないエアタグが入っていました", "#9110"),
    ("自転車のサドルの裏に発信機が貼り付けられていました。元交際相手かもしれません", "#9110"),
    ("かばんさ見だごどねえ小せえ機械入ってだ。誰が入れだんだべ", "#9110"),
    # 119: a blow to the head, then vomiting, dazed or drowsy, the attacker gone
    ("友達が元カレに頭を叩かれたって、さっきから同じことばっかり聞いてきて吐いた。元カレはもういない", "119"),
    ("いもうとが かれしに なぐられて かえってきた ぼーっとしてて はいてる", "119"),
    ("母が父に突き飛ばされて頭を打ち、眠そうにしております。父は外へ出ていきました", "119"),
    # 188: a worthless get-rich course bought online
    ("SNSの広告で見た副業の講座に40万払ったけど、中身が薄くて全然稼げない。返金してもらえますか", "188"),
    ("ふくぎょうの じょうほうしょうざいを かったけど やくに たたない おかね かえして ほしい", "188"),
    ("孫が「月50万稼げる」っていう儲け話さ申し込んで金払ったけど、ろぐなもんでねがった", "188"),
]

NOT_THESE = [
    ("去年の文化祭で爆破予告の書き込みがあったそうですね", "none"),
    ("ドラマで今日の祭りを襲うと書き込む犯人が出てきた", "none"),
    ("玄関に忘れ物のお知らせの紙が貼られてました、名前が書いてあった", "none"),
    ("防犯教室で「夜道に気をつけろ」というチラシをもらいました", "none"),
    ("父にGPSの見守り端末をつけたいのですが、補助はありますか", "none"),
    ("なくし物防止にエアタグを買いました", "none"),
    ("副業を始めたいので、確定申告の仕方を教えてください", "none"),
    ("副業の講座に気をつけるよう市報に書いてありました", "none"),
    ("ボクシングの試合で殴られてぼーっとした話を、ジムの先輩がしていた", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), CASES + NOT_THESE)
def test_between_people_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (helper A103; wide53's notes taped to a door, read none): "you will not be forgiven" or "remember this"
# quoted on a note someone else put on one's door, car or box is the police consultation line (#9110); a note one
# put up oneself, a car park's notice and a drama stay quiet.
NOTES_PUT_ON_ONE = [
    ("隣の人から「次やったら許さない」と書いた手紙を郵便受けに何度も入れられてます。どこに相談すれば", "#9110"),
    ("車のワイパーに「覚えてろ」って書いたメモ挟まれてた、これで三回目", "#9110"),
    ("アパートの戸さ、ゆるさねえって書いた紙っこ貼らっちぇだ。誰だべ、おっかねえ", "#9110"),
    ("このところ、玄関のドアに、許さん、と書かれた紙が貼られております。心当たりはございません", "#9110"),
    ("どあに ゆるさない って かいた かみを はられた こわい", "#9110"),
    ("えっと玄関に許さないって書いた髪が張られてて誰がやったのかわからなくて警察に相談したいです", "#9110"),
    # the recogniser's 髪 for 紙 above; look-alikes
    ("娘が「お兄ちゃん許さない」と書いた紙を自分で冷蔵庫に貼ってて笑った", "none"),
    ("「無断駐車は許さない」と書いた紙が月極駐車場に貼られていた", "none"),
    ("ドラマで「絶対に許さない」と書いた紙をドアに貼られる場面があって怖かった", "none"),
]


def test_notes_put_on_one_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(NOTES_PUT_ON_ONE)


@pytest.mark.parametrize(("text", "number"), NOTES_PUT_ON_ONE)
def test_a_threat_on_a_note_put_on_one_is_for_the_police_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
