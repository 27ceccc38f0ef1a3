"""The event rules as a whole: their order, and that none of them fires on neutral text."""

from __future__ import annotations

import pytest

from safety.events_advice import advice_rules
from safety.events_between_people_signs import between_people_sign_rules
from safety.events_birth_signs import birth_sign_rules
from safety.events_blade_to_self_signs import blade_to_self_sign_rules
from safety.events_body import body_rules
from safety.events_bomb_threat_signs import bomb_threat_sign_rules
from safety.events_breath_signs import breath_sign_rules
from safety.events_care_signs import care_sign_rules
from safety.events_cash_courier_signs import cash_courier_sign_rules
from safety.events_climbing_in_signs import climbing_in_sign_rules
from safety.events_collapsed_home_signs import collapsed_home_sign_rules
from safety.events_cry_cut_off_signs import cry_cut_off_sign_rules
from safety.events_daily_signs import daily_sign_rules
from safety.events_damage_denied_signs import damage_denied_sign_rules
from safety.events_dealing_signs import dealing_sign_rules
from safety.events_demand_signs import demand_sign_rules
from safety.events_dialysis_missed_signs import dialysis_missed_sign_rules
from safety.events_door_held_signs import door_held_sign_rules
from safety.events_emergency_signs import emergency_sign_rules
from safety.events_eyes_closed_signs import eyes_closed_sign_rules
from safety.events_fallen_in_signs import fallen_in_sign_rules
from safety.events_family_harm_signs import family_harm_sign_rules
from safety.events_farewell_call_signs import farewell_call_sign_rules
from safety.events_field_signs import field_sign_rules
from safety.events_first_aid import first_aid_rules
from safety.events_food_reaction import food_reaction_rules
from safety.events_footprints_signs import footprints_sign_rules
from safety.events_fresh_signs import fresh_sign_rules
from safety.events_gone_out_signs import gone_out_sign_rules
from safety.events_goods_tampering_signs import goods_tampering_sign_rules
from safety.events_grave_signs import grave_sign_rules
from safety.events_grooming_signs import grooming_sign_rules
from safety.events_hazard_signs import hazard_sign_rules
from safety.events_head_count_signs import head_count_sign_rules
from safety.events_heat_body_signs import heat_body_sign_rules
from safety.events_held_under_signs import held_under_sign_rules
from safety.events_hidden_harm_signs import hidden_harm_sign_rules
from safety.events_home_signs import home_sign_rules
from safety.events_hot_bath_signs import hot_bath_sign_rules
from safety.events_household_signs import household_sign_rules
from safety.events_indoor_fumes_signs import indoor_fumes_sign_rules
from safety.events_life import life_rules
from safety.events_line_signs import line_sign_rules
from safety.events_long_tail_signs import long_tail_sign_rules
from safety.events_mishap_signs import mishap_sign_rules
from safety.events_money_kept_signs import money_kept_sign_rules
from safety.events_night_light_signs import night_light_sign_rules
from safety.events_outdoor_signs import outdoor_sign_rules
from safety.events_overheard_signs import overheard_sign_rules
from safety.events_paid_not_given_signs import paid_not_given_sign_rules
from safety.events_plain_form_signs import plain_form_sign_rules
from safety.events_police import police_rules
from safety.events_police_first_signs import police_first_sign_rules
from safety.events_pressed_and_charged_signs import pressed_and_charged_sign_rules
from safety.events_public_place_signs import public_place_sign_rules
from safety.events_refused_redress_signs import refused_redress_sign_rules
from safety.events_reported_harm_signs import reported_harm_sign_rules
from safety.events_road_signs import road_sign_rules
from safety.events_road_works_signs import road_works_sign_rules
from safety.events_routed_signs import routed_sign_rules
from safety.events_scene_signs import scene_sign_rules
from safety.events_sea_and_snow_signs import sea_and_snow_sign_rules
from safety.events_seasonal_signs import seasonal_sign_rules
from safety.events_seen_around_signs import seen_around_sign_rules
from safety.events_seen_where_signs import seen_where_sign_rules
from safety.events_sensed_harm_signs import sensed_harm_sign_rules
from safety.events_shop_staff_signs import shop_staff_sign_rules
from safety.events_skin_signs import skin_sign_rules
from safety.events_slope_and_lodge_signs import slope_and_lodge_sign_rules
from safety.events_slot_tampering_signs import slot_tampering_sign_rules
from safety.events_small_mishaps import small_mishap_rules
from safety.events_snowed_car_signs import snowed_car_sign_rules
from safety.events_splash_signs import splash_sign_rules
from safety.events_stalking_signs import stalking_sign_rules
from safety.events_sting_reaction import sting_reaction_rules
from safety.events_stranded_signs import stranded_sign_rules
from safety.events_stranger_coming_signs import stranger_coming_sign_rules
from safety.events_strung_across_signs import strung_across_sign_rules
from safety.events_swindle_signs import swindle_sign_rules
from safety.events_swindler_story_signs import swindler_story_sign_rules
from safety.events_threat_past_signs import threat_past_sign_rules
from safety.events_threat_watched_signs import threat_watched_sign_rules
from safety.events_told_signs import told_sign_rules
from safety.events_trouble_signs import trouble_sign_rules
from safety.events_unnamed_danger_signs import unnamed_danger_sign_rules
from safety.events_vandalism_signs import vandalism_sign_rules
from safety.events_vehicle_trapped_signs import vehicle_trapped_sign_rules
from safety.events_voyeur_signs import voyeur_sign_rules
from safety.events_water_held_signs import water_held_sign_rules
from safety.events_wide_tail_signs import wide_tail_sign_rules
from safety.events_witnessed_signs import witnessed_sign_rules
from safety.events_workplace_signs import workplace_sign_rules
from safety.events_wound_reaction_signs import wound_reaction_sign_rules
from safety.events_young_and_frail_signs import young_and_frail_sign_rules
from safety.normalize import views
from safety.patterns import rules


def test_the_rules_are_the_modules_in_order() -> None:
    assert rules() == (life_rules() + body_rules() + police_rules() + advice_rules() + emergency_sign_rules()
                       + trouble_sign_rules() + scene_sign_rules() + field_sign_rules() + daily_sign_rules()
                       + line_sign_rules() + fresh_sign_rules() + hazard_sign_rules() + dealing_sign_rules()
                       + witnessed_sign_rules() + home_sign_rules() + told_sign_rules() + routed_sign_rules()
                       + long_tail_sign_rules() + mishap_sign_rules() + wide_tail_sign_rules() + road_sign_rules()
                       + stalking_sign_rules() + swindle_sign_rules() + between_people_sign_rules()
                       + sensed_harm_sign_rules() + outdoor_sign_rules() + household_sign_rules() + grave_sign_rules()
                       + first_aid_rules() + seen_around_sign_rules() + food_reaction_rules() + seasonal_sign_rules()
                       + care_sign_rules() + public_place_sign_rules() + small_mishap_rules()
                       + police_first_sign_rules() + pressed_and_charged_sign_rules()
                       + hot_bath_sign_rules() + sting_reaction_rules() + fallen_in_sign_rules()
                       + night_light_sign_rules() + hidden_harm_sign_rules() + plain_form_sign_rules()
                       + skin_sign_rules() + reported_harm_sign_rules()
                       + indoor_fumes_sign_rules() + collapsed_home_sign_rules() + footprints_sign_rules()
                       + demand_sign_rules() + breath_sign_rules()
                       + young_and_frail_sign_rules()
                       + swindler_story_sign_rules()
                       + overheard_sign_rules()
                       + cash_courier_sign_rules()
                       + workplace_sign_rules()
                       + slot_tampering_sign_rules() + eyes_closed_sign_rules() + threat_watched_sign_rules()
                       + birth_sign_rules() + heat_body_sign_rules()
                       + vehicle_trapped_sign_rules() + goods_tampering_sign_rules()
                       + water_held_sign_rules() + gone_out_sign_rules()
                       + unnamed_danger_sign_rules()
                       + wound_reaction_sign_rules() + refused_redress_sign_rules() + sea_and_snow_sign_rules()
                       + climbing_in_sign_rules() + cry_cut_off_sign_rules() + threat_past_sign_rules()
                       + dialysis_missed_sign_rules() + voyeur_sign_rules() + stranded_sign_rules()
                       + head_count_sign_rules() + strung_across_sign_rules()
                       + grooming_sign_rules() + family_harm_sign_rules() + snowed_car_sign_rules()
                       + damage_denied_sign_rules() + slope_and_lodge_sign_rules()
                       + money_kept_sign_rules() + stranger_coming_sign_rules() + held_under_sign_rules()
                       + farewell_call_sign_rules() + splash_sign_rules() + door_held_sign_rules()
                       + blade_to_self_sign_rules() + vandalism_sign_rules() + bomb_threat_sign_rules()
                       + shop_staff_sign_rules()
                       + road_works_sign_rules() + paid_not_given_sign_rules() + seen_where_sign_rules())
    assert len(rules()) > 100


@pytest.mark.parametrize(
    "text", ["", "こんにちは", "住民票の写しがほしい", "ゴミの日はいつですか", "ありがとうございました"]
)
def test_no_rule_fires_on_neutral_text(text: str) -> None:
    text_views = views(text)
    fired = [rule.name for rule in rules()
             if rule.pattern.search(text_views.joined if rule.voiced else text_views.devoiced)]
    assert not fired, fired


def test_a_not_before_guard_is_anchored_to_the_match() -> None:
    # "stabbed" is cancelled by an insect just before it, not by one anywhere earlier in the text
    guarded = next(rule for rule in rules() if rule.name == "stabbed" and rule.not_before is not None)
    assert guarded.not_before is not None
    assert guarded.not_before.search("はちに")
    assert not guarded.not_before.search("はちにさされたあとおっとが")
